/**
 * PNG and SVG export of a chart as it is on screen. Browser only. The SVG is cloned with every
 * presentation property inlined from the computed style (CSS custom properties resolve to real
 * colours there), given a background, a title above and a source line below, so the file stands
 * alone. The PNG draws that SVG onto a canvas at 2× and saves it with `canvas.toBlob`.
 */
const inlined = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'display'
];

const XMLNS = 'http://www.w3.org/2000/svg';

function inlineStyles(source: Element, target: Element): void {
	const style = getComputedStyle(source);
	const declarations = inlined.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
	target.setAttribute('style', declarations);
	target.removeAttribute('class');
	const from = source.children;
	const to = target.children;
	for (let i = 0; i < from.length; i++) inlineStyles(from[i], to[i]);
}

export interface ExportText {
	title: string;
	source: string;
}

/** The chart SVG as a standalone document string, with its size. */
export function standaloneSvg(svg: SVGSVGElement, text: ExportText): { markup: string; width: number; height: number } {
	const box = svg.viewBox.baseVal;
	const width = box && box.width ? box.width : svg.clientWidth;
	const chartHeight = box && box.height ? box.height : svg.clientHeight;
	const top = 36;
	const bottom = 30;
	const height = chartHeight + top + bottom;
	const rootStyle = getComputedStyle(svg.closest('.chart-frame') ?? document.body);
	const background = rootStyle.getPropertyValue('--surface').trim() || '#ffffff';
	const ink = rootStyle.getPropertyValue('--text').trim() || '#000000';
	const muted = rootStyle.getPropertyValue('--text-muted').trim() || '#555555';
	const font = rootStyle.getPropertyValue('font-family') || 'sans-serif';

	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(top));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(chartHeight));

	const doc = document.createElementNS(XMLNS, 'svg');
	doc.setAttribute('xmlns', XMLNS);
	doc.setAttribute('viewBox', `0 0 ${width} ${height}`);
	doc.setAttribute('width', String(width));
	doc.setAttribute('height', String(height));
	doc.setAttribute('font-family', font);
	const bg = document.createElementNS(XMLNS, 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', background);
	const title = document.createElementNS(XMLNS, 'text');
	title.setAttribute('x', '8');
	title.setAttribute('y', '22');
	title.setAttribute('font-size', '16');
	title.setAttribute('font-weight', '700');
	title.setAttribute('fill', ink);
	title.textContent = text.title;
	const source = document.createElementNS(XMLNS, 'text');
	source.setAttribute('x', '8');
	source.setAttribute('y', String(height - 10));
	source.setAttribute('font-size', '11');
	source.setAttribute('fill', muted);
	source.textContent = text.source;
	doc.append(bg, title, clone, source);
	return { markup: new XMLSerializer().serializeToString(doc), width, height };
}

/** Renders standalone SVG markup to a PNG blob at `scale`× its size. */
export function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
	return new Promise((resolve, reject) => {
		const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
		const image = new Image();
		image.onload = () => {
			const canvas = document.createElement('canvas');
			canvas.width = Math.round(width * scale);
			canvas.height = Math.round(height * scale);
			const context = canvas.getContext('2d');
			if (!context) {
				URL.revokeObjectURL(url);
				reject(new Error('No 2D canvas context'));
				return;
			}
			context.scale(scale, scale);
			context.drawImage(image, 0, 0, width, height);
			URL.revokeObjectURL(url);
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
		};
		image.onerror = () => {
			URL.revokeObjectURL(url);
			reject(new Error('The chart SVG could not be drawn'));
		};
		image.src = url;
	});
}
