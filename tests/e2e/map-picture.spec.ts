// The map's picture on the named dates: Russia's, Belarus' and the separatists' labels stay off
// government-held Ukraine before 24 February 2022 (their boxes as drawn, at 1280 and 360 px); the
// invasion day shows Ukraine as the invasion's area with its label and the explosions' pins; the
// sea front is tinted exactly when it is active.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { test, expect } from './fixtures';
import type { Dataset } from '../../src/lib/data/types';
import { governmentHeldTest } from '../../src/lib/map/basemap/held';
import { invert } from '../../src/lib/map/frame';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const held = governmentHeldTest(JSON.parse(readFileSync('static/geo/basemap.topo.json', 'utf8')) as Topology);
const shortDate = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** 15 Jul 2021 has nothing on the map (between the two buildups); the others have labels. */
const dates = ['2021-04-20', '2021-07-15', '2021-12-15', '2022-02-15'];

for (const width of [1280, 360]) {
	test(`at ${width} px, before 24 Feb 2022, no label of a Russian, Belarusian or separatist mark lies over government-held Ukraine`, async ({ page, visit }) => {
		await page.setViewportSize({ width, height: 900 });
		let checked = 0;
		for (const date of dates) {
			await visit(`/map?date=${date}`);
			await expect(page.locator('.stamp strong')).toHaveText(shortDate(date));
			const { frame, labels } = await page.evaluate(() => {
				const forces = '.russia, .belarus, .separatist';
				const f = document.querySelector('.frame-layer.geo')!.getBoundingClientRect();
				const labels = [...document.querySelectorAll('.data .label:not(.dropped)')].flatMap((label) => {
					const mark = label.closest('.site, .unit-site, .arrow-label');
					if (!mark) return [];
					const ours = mark.matches('.arrow-label') ? mark.matches(forces) : !!mark.querySelector(`.symbol:is(${forces}), .frame:is(${forces}), .report:is(${forces})`);
					if (!ours) return [];
					const b = label.querySelector('.halo')!.getBoundingClientRect();
					return [{ text: label.textContent ?? '', x: b.x, y: b.y, w: b.width, h: b.height }];
				});
				return { frame: { x: f.x, y: f.y, k: f.width / 960 }, labels };
			});
			checked += labels.length;
			const wrong: string[] = [];
			for (const l of labels) {
				// Points 3 px apart inside the box (1 px in from its edge), in the map's frame.
				for (let x = l.x + 1; x <= l.x + l.w - 1; x += 3)
					for (let y = l.y + 1; y <= l.y + l.h - 1; y += 3) {
						const [lat, lon] = invert((x - frame.x) / frame.k, (y - frame.y) / frame.k);
						if (held(lat, lon)) {
							wrong.push(`${date} "${l.text}" at ${lat.toFixed(2)}, ${lon.toFixed(2)}`);
							x = Infinity;
							break;
						}
					}
			}
			expect(wrong).toEqual([]);
		}
		expect(checked, "labels of Russia's marks are drawn (the check checks something)").toBeGreaterThanOrEqual(6);
	});
}

test('24 Feb 2022: Ukraine is the invasion’s area, its label opens the movement’s excerpt; explosions are pinned at Kyiv and Kharkiv', async ({ page, visit }) => {
	await visit('/map?date=2022-02-23');
	await expect(page.locator('.stamp strong')).toHaveText('23 Feb 2022');
	await expect(page.locator('.invaded')).toHaveCount(0);
	await expect(page.locator('.invasion-label')).toHaveCount(0);

	await visit('/map?date=2022-02-24');
	// The default date is the page as served: the area is drawn inline, Ukraine's outline as the basemap's.
	const area = page.locator('svg.invaded');
	await expect(area).toBeVisible();
	expect(await area.locator('path').getAttribute('d')).toBe(await page.locator('svg.basemap path.ua').getAttribute('d'));
	// The default date is the page as served: the data layer shown is the one for this width.
	const label = page.locator('.data:visible .invasion-label .label:not(.dropped)');
	await expect(label).toContainText('Invasion, 24 February 2022');
	await expect(label).toContainText('origin and axes not stated');
	// No "Invasion · arriving" report among the Western deployments at Ukraine's centre any more.
	await expect(page.locator('.unit-label', { hasText: 'Invasion' })).toHaveCount(0);
	const movement = dataset.units.find((u) => u.id === 'russian-invasion-2022-02-24')!;
	await label.locator('a[data-pick]').first().click();
	await expect(page.getByRole('dialog').locator('blockquote')).toContainText(movement.excerpt.slice(0, 40));
	await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
	// Still listed in "Known on …" (and so in the downloads) as a movement to Ukraine.
	await expect(page.locator(`.panel [data-id="${movement.id}"]`)).toHaveCount(1);
	for (const city of ['Kyiv', 'Kharkiv']) {
		const event = dataset.events.find((e) => e.id === `explosions-${city.toLowerCase()}-2022-02-24`)!;
		expect(event.excerpt).toContain(city);
		await expect(page.getByRole('link', { name: `Event: Explosions reported in ${city}, ${city}` })).toHaveCount(1);
	}
	await expect(page.locator('.data:visible .pin-label .label:not(.dropped)', { hasText: 'Explosions reported in Kyiv' })).toBeVisible();
});

test('the sea front is tinted (its band north of 43° N) exactly when it is active', async ({ page, visit }) => {
	const seen = { on: 0, off: 0 };
	for (const date of dates) {
		await visit(`/map?date=${date}`);
		await expect(page.locator('.stamp strong')).toHaveText(shortDate(date));
		const status = page.locator('.place', { hasText: 'Black Sea' }).locator('text.status');
		const inactive = (await status.count()) > 0;
		const tint = page.locator('.sea-front');
		if (inactive) {
			await expect(tint).toHaveCount(0);
			seen.off++;
		} else {
			await expect(tint).toBeVisible();
			// An image on the live map, drawn inline on the page as served (its default date).
			expect(await tint.evaluate((el) => (el instanceof HTMLImageElement ? el.complete && el.naturalWidth : el.querySelector('path')?.getAttribute('d')?.length ?? 0))).toBeGreaterThanOrEqual(960);
			seen.on++;
		}
	}
	expect(seen.on, 'some date has the sea front active').toBeGreaterThan(0);
	await expect(page.locator('.legend')).toContainText('north of 43° N');
});
