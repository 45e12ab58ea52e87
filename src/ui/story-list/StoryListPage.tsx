import { useEffect } from 'react';
import { useQantar } from '../../store/context';
import { useStrings } from '../i18n';
import { useStoryStrings } from '../story-panel/story-strings';
import { LanguageButton } from '../language-button/LanguageButton';
import { StoryList } from './StoryList';

/** The whole page in list mode (`mode=list`): header, the unrolled story, a way to the map. */
export function StoryListPage() {
  const lang = useQantar((s) => s.lang);
  const t = useStrings();
  const st = useStoryStrings();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${st.listHeading} — ${t.title}`;
  }, [lang, st, t]);
  return (
    <div className="app app--list">
      <header className="app-header">
        <h1 className="app-header__title">
          {t.title} <span className="app-header__subtitle">{t.subtitle}</span>
        </h1>
        <div className="app-header__tools">
          <a className="text-button" href={`./?lang=${lang}`}>
            {st.openInteractive}
          </a>
          <LanguageButton />
        </div>
      </header>
      <main>
        <StoryList />
      </main>
    </div>
  );
}
