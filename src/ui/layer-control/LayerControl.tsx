import { CATEGORIES, VERIFICATIONS } from '../../domain/dataset';
import { CATEGORY_COLORS } from '../../domain/palette';
import { useQantar, useQantarStoreApi } from '../../store/context';
import { LAYERS } from '../../store/store';
import { useStrings } from '../i18n';

/** Switches layers on and off, and filters incidents by category and verification. */
export function LayerControl() {
  const store = useQantarStoreApi();
  const t = useStrings();
  const layers = useQantar((s) => s.layers);
  const hiddenCategories = useQantar((s) => s.hiddenCategories);
  const hiddenVerifications = useQantar((s) => s.hiddenVerifications);
  const actions = store.getState();
  return (
    <details className="layer-control" data-testid="layer-control" data-map-chrome>
      <summary>{t.layersHeading}</summary>
      <fieldset>
        <legend>{t.layersHeading}</legend>
        {LAYERS.map((layer) => (
          <label key={layer}>
            <input
              type="checkbox"
              checked={layers.has(layer)}
              onChange={(e) => actions.setLayerVisible(layer, e.currentTarget.checked)}
            />{' '}
            {t.layerName[layer]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t.filtersHeading}: {t.categoriesHeading}
        </legend>
        {CATEGORIES.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={!hiddenCategories.has(c)}
              onChange={(e) => actions.setCategoryVisible(c, e.currentTarget.checked)}
            />{' '}
            <span
              className="legend__swatch"
              style={{ background: CATEGORY_COLORS[c] }}
              aria-hidden="true"
            />{' '}
            {t.category[c]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t.filtersHeading}: {t.verificationHeading}
        </legend>
        {VERIFICATIONS.map((v) => (
          <label key={v}>
            <input
              type="checkbox"
              checked={!hiddenVerifications.has(v)}
              onChange={(e) => actions.setVerificationVisible(v, e.currentTarget.checked)}
            />{' '}
            {t.verification[v]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
