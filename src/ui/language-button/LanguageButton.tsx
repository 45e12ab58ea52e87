import { useQantar, useQantarStoreApi } from '../../store/context';
import { useStrings } from '../i18n';

/** Switches between German and English; its own label is in the language it switches to. */
export function LanguageButton() {
  const store = useQantarStoreApi();
  const lang = useQantar((s) => s.lang);
  const t = useStrings();
  const other = lang === 'en' ? 'de' : 'en';
  return (
    <button
      type="button"
      className="text-button"
      lang={other}
      onClick={() => store.getState().setLang(other)}
    >
      {t.otherLang}
    </button>
  );
}
