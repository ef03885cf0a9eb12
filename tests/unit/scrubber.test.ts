import { describe, it, expect } from 'vitest';
import { ScrubberController, resolveDate, BASE_DAYS_PER_SECOND } from '$lib/scrubber/scrubber';
import { dateRange, isIsoDate } from '$lib/data/days';
import { trackMarks } from '$lib/scrubber/ticks';

const dates = dateRange('2022-01-01', '2022-01-31');

describe('isIsoDate', () => {
	it.each([
		{ text: '2022-01-15', ok: true },
		{ text: '2024-02-29', ok: true },
		{ text: '2022-02-29', ok: false },
		{ text: '2022-13-01', ok: false },
		{ text: '2022-1-5', ok: false },
		{ text: 'yesterday', ok: false },
		{ text: '', ok: false }
	])('$text → $ok', ({ text, ok }) => expect(isIsoDate(text)).toBe(ok));
});

describe('resolveDate', () => {
	it.each([
		{ text: null, expected: { date: '2022-01-31', problem: null } },
		{ text: '2022-01-10', expected: { date: '2022-01-10', problem: null } },
		{ text: '2021-06-01', expected: { date: '2022-01-01', problem: 'before' } },
		{ text: '2023-01-01', expected: { date: '2022-01-31', problem: 'after' } },
		{ text: 'nonsense', expected: { date: '2022-01-31', problem: 'invalid' } },
		{ text: '2022-01-32', expected: { date: '2022-01-31', problem: 'invalid' } }
	])('$text → $expected.date ($expected.problem)', ({ text, expected }) => {
		expect(resolveDate(text, '2022-01-01', '2022-01-31', '2022-01-31')).toEqual(expected);
	});
});

describe('ScrubberController keys', () => {
	it.each([
		{ from: '2022-01-10', key: 'ArrowRight', to: '2022-01-11' },
		{ from: '2022-01-10', key: 'ArrowLeft', to: '2022-01-09' },
		{ from: '2022-01-10', key: 'PageUp', to: '2022-01-17' },
		{ from: '2022-01-10', key: 'PageDown', to: '2022-01-03' },
		{ from: '2022-01-03', key: 'PageDown', to: '2022-01-01' },
		{ from: '2022-01-30', key: 'PageUp', to: '2022-01-31' },
		{ from: '2022-01-10', key: 'Home', to: '2022-01-01' },
		{ from: '2022-01-10', key: 'End', to: '2022-01-31' },
		{ from: '2022-01-31', key: 'ArrowRight', to: '2022-01-31' }
	])('$key from $from → $to', ({ from, key, to }) => {
		const s = new ScrubberController(dates, from);
		expect(s.handleKey(key)).toBe(true);
		expect(s.date).toBe(to);
	});

	it('ignores other keys', () => {
		const s = new ScrubberController(dates, '2022-01-10');
		expect(s.handleKey('a')).toBe(false);
		expect(s.date).toBe('2022-01-10');
	});

	it('starts at the last date without an initial date and tells listeners about changes', () => {
		const s = new ScrubberController(dates);
		expect(s.date).toBe('2022-01-31');
		const seen: string[] = [];
		s.subscribe((i) => seen.push(dates[i]));
		s.step(-2);
		s.setDate('2022-01-05');
		expect(seen).toEqual(['2022-01-29', '2022-01-05']);
		expect(s.setDate('2021-01-01')).toBe(false);
	});
});

describe('ScrubberController play loop', () => {
	it.each([
		{ speed: 1 as const, ms: 1000, days: BASE_DAYS_PER_SECOND },
		{ speed: 2 as const, ms: 1000, days: 2 * BASE_DAYS_PER_SECOND },
		{ speed: 4 as const, ms: 500, days: 2 * BASE_DAYS_PER_SECOND }
	])('at $speed× advances $days days in $ms ms', ({ speed, ms, days }) => {
		const s = new ScrubberController(dates, '2022-01-01');
		s.setSpeed(speed);
		s.play();
		s.tick(0);
		for (let t = 16; t <= ms; t += 16) s.tick(t);
		s.tick(ms);
		expect(s.index).toBe(days);
	});

	it('stops at the end, and restarts from the start when played again', () => {
		const s = new ScrubberController(dates, '2022-01-29');
		s.play();
		s.tick(0);
		expect(s.tick(10_000)).toBe(false);
		expect(s.playing).toBe(false);
		expect(s.date).toBe('2022-01-31');
		s.play();
		expect(s.date).toBe('2022-01-01');
		expect(s.playing).toBe(true);
	});

	it('stops on user input', () => {
		const s = new ScrubberController(dates, '2022-01-01');
		s.play();
		s.tick(0);
		s.tick(500);
		expect(s.playing).toBe(true);
		s.handleKey('ArrowRight');
		expect(s.playing).toBe(false);
		const at = s.index;
		s.tick(5000);
		expect(s.index).toBe(at);
	});

	it('toggle pauses and resumes', () => {
		const s = new ScrubberController(dates, '2022-01-01');
		s.toggle();
		expect(s.playing).toBe(true);
		s.toggle();
		expect(s.playing).toBe(false);
	});
});

describe('trackMarks (the key events on the scrubber track)', () => {
	const twins = [
		{ id: 'talks-a', date: '2022-01-10', title: 'Talks' },
		{ id: 'talks-b', date: '2022-01-10', title: 'Talks' },
		{ id: 'late', date: '2022-03-01', title: 'After the track' },
		{ id: 'first', date: '2022-01-01', title: 'First day' }
	];
	it('keeps two events with the same title on one day as two marks, keyed by their ids', () => {
		const marks = trackMarks(dates, twins);
		expect(marks.map((m) => m.id)).toEqual(['talks-a', 'talks-b', 'first']);
		// The keys the track's {#each} uses are unique (date + title was not: each_key_duplicate).
		expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
		expect(new Set(twins.slice(0, 2).map((m) => m.date + m.title)).size).toBe(1);
	});
	it('places marks as fractions of the track and leaves out dates outside it', () => {
		const marks = trackMarks(dates, twins);
		expect(marks.find((m) => m.id === 'first')!.at).toBe(0);
		expect(marks.find((m) => m.id === 'talks-a')!.at).toBeCloseTo(9 / 30, 12);
		expect(marks.some((m) => m.id === 'late')).toBe(false);
	});
});
