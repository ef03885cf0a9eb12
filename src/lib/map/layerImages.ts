/**
 * The map's drawn layers as images (routes /map/basemap.svg, /map/sea-front.svg, /map/invasion.svg;
 * drawn by ./basemap/build.ts). The static map page carries them inline; the live map shows the
 * images, so the page decodes them before it swaps the live map in: the switch never shows a map
 * without its basemap. Browser only for preloadLayerImages.
 */
import type { FrameLayers } from './basemap/build';

export const layerImage: Record<keyof FrameLayers, string> = { basemap: '/map/basemap.svg', sea: '/map/sea-front.svg', invasion: '/map/invasion.svg' };

/** Each layer's class, on its inline <svg> and on its <img> alike (the page's CSS and the tests find it by it). */
export const layerClass: Record<keyof FrameLayers, string> = { basemap: 'basemap', sea: 'sea-front', invasion: 'invaded' };

/**
 * Fetches and decodes the three images (`resolve` maps a path to the site's URL). Resolves when
 * all are ready or have failed: a missing image is the live map's alt text, not a reason to stay static.
 */
export function preloadLayerImages(resolve: (path: string) => string): Promise<void> {
	return Promise.all(
		Object.values(layerImage).map((path) => {
			const img = new Image();
			img.src = resolve(path);
			return img.decode().catch(() => {});
		})
	).then(() => {});
}
