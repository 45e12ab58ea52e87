import { useQantar, useQantarStoreApi } from '../../store/context';
import { useCartographyStrings } from '../i18n-cartography';

/**
 * "Zoom to the city" and the way back (issue 11), for a city whose sites have sourced
 * coordinates: the map then shows them at their true positions, labelled.
 */
export function CityZoom({ placeId }: { placeId: string }) {
  const store = useQantarStoreApi();
  const t = useCartographyStrings();
  const lang = useQantar((s) => s.lang);
  const focused = useQantar((s) => s.cityFocus === placeId);
  const city = useQantar((s) => s.placesById.get(placeId));
  const hasSites = useQantar((s) =>
    s.dataset.places.some((p) => p.city === placeId && p.lon !== undefined && p.lat !== undefined),
  );
  if (!city || city.kind !== 'city' || !hasSites) return null;
  return (
    <p className="city-zoom">
      <button
        type="button"
        className="text-button city-zoom__button"
        data-testid="city-zoom"
        onClick={() => store.getState().focusCity(focused ? null : placeId)}
      >
        {focused ? t.zoomBack : t.zoomToCity(city.name[lang])}
      </button>
    </p>
  );
}
