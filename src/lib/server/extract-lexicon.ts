/**
 * Word lists of the extractor: which head nouns make which metric, which words end a noun phrase,
 * nationality words → sides, and the verbs that decide a figure's kind. Build-time only.
 */
import type { FigureKind, ForceSide } from '../data/types';

/** Head-noun phrases → metric, longest first when matched (the last words of the noun phrase). */
export const headMetrics: [string, string][] = [
	['battalion tactical groups', 'btgs'],
	['battalion tactical group', 'btgs'],
	['btgs', 'btgs'],
	['btg', 'btgs'],
	['tank landing ships', 'landing_ships'],
	['landing ships', 'landing_ships'],
	['landing ship', 'landing_ships'],
	['landing craft', 'landing_ships'],
	['amphibious assault ships', 'landing_ships'],
	['amphibious ships', 'landing_ships'],
	['pieces of artillery', 'artillery'],
	['artillery pieces', 'artillery'],
	['artillery systems', 'artillery'],
	['artillery', 'artillery'],
	['howitzers', 'artillery'],
	['infantry fighting vehicles', 'armoured_vehicles'],
	['armoured personnel carriers', 'armoured_vehicles'],
	['armored personnel carriers', 'armoured_vehicles'],
	['armoured vehicles', 'armoured_vehicles'],
	['armored vehicles', 'armoured_vehicles'],
	['vehicles', 'armoured_vehicles'],
	['tanks', 'tanks'],
	['tank', 'tanks'],
	['fighter jets', 'aircraft'],
	['jets', 'aircraft'],
	['aircraft', 'aircraft'],
	['planes', 'aircraft'],
	['warplanes', 'aircraft'],
	['bombers', 'aircraft'],
	['eurofighters', 'aircraft'],
	['typhoons', 'aircraft'],
	['fighters', 'aircraft'],
	['helicopters', 'helicopters'],
	['submarines', 'submarines'],
	['warships', 'ships'],
	['ships', 'ships'],
	['vessels', 'ships'],
	['frigates', 'ships'],
	['frigate', 'ships'],
	['corvettes', 'ships'],
	['minesweepers', 'ships'],
	['boats', 'ships'],
	['missile systems', 'missile_systems'],
	['iskander systems', 'missile_systems'],
	['iskanders', 'missile_systems'],
	['missiles', 'weapons'],
	['launchers', 'weapons'],
	['javelins', 'weapons'],
	['stingers', 'weapons'],
	['nlaws', 'weapons'],
	['drones', 'weapons'],
	['rockets', 'weapons'],
	['weapons', 'weapons'],
	['tonnes', 'ammunition_tonnes'],
	['tons', 'ammunition_tonnes'],
	['ground troops', 'troops'],
	['combat troops', 'troops'],
	['troops', 'troops'],
	['troop', 'troops'],
	['soldiers', 'troops'],
	['soldier', 'troops'],
	['servicemen', 'troops'],
	['service members', 'troops'],
	['servicemembers', 'troops'],
	['paratroopers', 'troops'],
	['marines', 'troops'],
	['forces', 'troops'],
	['military personnel', 'troops'],
	['personnel', 'personnel'],
	['sailors', 'personnel'],
	['veterans', 'personnel'],
	['crew', 'personnel'],
	['reservists', 'reservists'],
	['reserves', 'reservists'],
	['trainers', 'trainers'],
	['instructors', 'trainers'],
	['advisers', 'trainers'],
	['advisors', 'trainers'],
	['paramilitary', 'paramilitary'],
	['paramilitaries', 'paramilitary'],
	['mercenaries', 'paramilitary'],
	['militants', 'paramilitary'],
	['militiamen', 'paramilitary'],
	['saboteurs', 'paramilitary'],
	['separatists', 'paramilitary'],
	['battalions', 'battalions'],
	['casualties', 'casualties'],
	['civilians', 'casualties'],
	['people', 'casualties'],
	['armed forces', 'troops']
];

/** Heads that are only figures next to a word of harm ("three civilians were injured"). */
export const casualtyOnlyHeads = new Set(['civilians', 'people']);
export const harmWords = /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|died|dead|deaths?|casualties|fatalities)\b/i;

/** Force words for a number with no noun after it ("rose to 100,000"): the nearest one decides. */
export const forceWordMetrics: Record<string, string> = Object.fromEntries(
	headMetrics.filter(([p]) => !p.includes(' ') && !casualtyOnlyHeads.has(p)).map(([p, m]) => [p, m])
);

/** Words that end a noun phrase after a number (prepositions, verbs, conjunctions, determiners). */
export const stopWords = new Set(
	(
		'of to in on at near from into for with by along across around inside within towards toward over under between behind beyond ' +
		'and or but nor that which who whom whose while as than so if because since until when where ' +
		'is are was were be been being am has have had do does did will would could can may might must should shall ' +
		'the a an this these those its their his her our its it he she they we you ' +
		'close still also now already just only reportedly each apiece per more less up down out off back away ' +
		'according said says told estimated reported'
	).split(' ')
);

/** -ed/-ing words that are adjectives before a force noun ("armoured vehicles", "landing ships"). */
export const participleAdjectives = new Set(['landing', 'armoured', 'armored', 'armed', 'trained', 'mechanised', 'mechanized', 'motorised', 'motorized', 'uniformed', 'advanced', 'unmanned', 'guided', 'additional', 'combined', 'fighting', 'recruited', 'trained']);

/** Model names → metric by their prefix ("F-35s", "Su-25", "Mi-8", "T-72", "S-400"). */
export const modelMetrics: [RegExp, string][] = [
	[/^(?:f|su|mig|tu|il|a|b|c|e|p|kc|yak)-\d/i, 'aircraft'],
	[/^(?:mi|ka|ah|uh|ch)-\d/i, 'helicopters'],
	[/^(?:t|m1|leopard|challenger)-?\d/i, 'tanks'],
	[/^(?:bmp|btr|bmd|m113|m2)-?\d/i, 'armoured_vehicles'],
	[/^(?:s|buk|tor|pantsir)-\d/i, 'missile_systems']
];

/** Nationality and country words → the side whose forces they name. */
export const sideWords: [RegExp, ForceSide][] = [
	[/^(?:russian|russia|russia's|moscow|moscow's|kremlin)$/i, 'russia'],
	[/^(?:ukrainian|ukraine|ukraine's|kyiv|kyiv's|kiev)$/i, 'ukraine'],
	[/^(?:belarusian|belarus|belarus's|minsk)$/i, 'belarus'],
	[/^(?:u\.s\.|us|american|america|america's|washington|pentagon)$/i, 'us'],
	[/^(?:british|britain|britain's|uk|u\.k\.)$/i, 'uk'],
	[/^(?:separatist|separatists|dpr|lpr|rebel|rebels)$/i, 'separatist'],
	[/^(?:nato|nato's|allied|alliance)$/i, 'nato'],
	[/^(?:western|west)$/i, 'west'],
	[/^(?:danish|denmark|dutch|netherlands|spanish|spain|german|germany|french|france|polish|poland|canadian|canada|lithuanian|lithuania|latvian|latvia|estonian|estonia|romanian|romania|bulgarian|bulgaria|slovak|slovakia|hungarian|hungary|norwegian|norway|belgian|belgium|italian|italy|czech|turkish|turkey)$/i, 'nato']
];

/** Multi-word country names → side. */
export const sidePhrases: [RegExp, ForceSide][] = [
	[/\b(?:the\s+)?United\s+States\b/g, 'us'],
	[/\b(?:the\s+)?United\s+Kingdom\b/g, 'uk'],
	[/\bU\.S\.(?=\s|$|[,;])/g, 'us']
];

export function sideOfWord(word: string): ForceSide | null {
	const w = word.replace(/^[^\p{L}]+|[^\p{L}.']+$/gu, '');
	for (const [re, side] of sideWords) if (re.test(w)) return side;
	return null;
}

/** Verbs that decide a figure's kind, in order of precedence. */
export const kindCues: { kind: FigureKind; pattern: RegExp; label: string }[] = [
	{ kind: 'projection', pattern: /\b(?:could|may|might|would|expected to|likely to|set to|projected|projection|forecast|predicted)\b/i, label: 'a modal or forecast word' },
	{ kind: 'exercise', pattern: /\b(?:drills?|exercises?|manoeuvres|maneuvers|war games?)\b/i, label: 'a drill' },
	{ kind: 'plan', pattern: /\b(?:will|plans? to|planned|intends? to|is to|are to|pledged|promised|preparing to|would send|to be sent|to send|to deploy)\b/i, label: 'a word of intention' },
	{ kind: 'announcement', pattern: /\b(?:announced|ordered|approved|is sending|are sending|has sent|have sent|sent|dispatched|deploying|put\s+\S+\s+(?:troops\s+)?on\s+(?:heightened\s+)?alert|put .{0,40}on (?:heightened )?alert|authori[sz]ed)\b/i, label: 'a word of decision' }
];
