import { CSV_FILES, DATASET_PATH, csvPath } from '../../domain/data-files';
import { useStrings } from '../i18n';

/** "Get the data": the validated dataset as JSON and every CSV table, with sources. */
export function DataDownload() {
  const t = useStrings();
  return (
    <details className="menu">
      <summary className="text-button">{t.getData}</summary>
      <div className="menu__body">
        <p>{t.getDataIntro}</p>
        <ul>
          <li>
            <a href={DATASET_PATH} download="qantar-dataset.json">
              qantar-dataset.json
            </a>{' '}
            — {t.getDataJson}
          </li>
          {CSV_FILES.map((f) => (
            <li key={f}>
              <a href={csvPath(f)} download={`qantar-${f}`}>
                {f}
              </a>
            </li>
          ))}
        </ul>
        <p className="menu__note">{t.getDataLicence}</p>
      </div>
    </details>
  );
}
