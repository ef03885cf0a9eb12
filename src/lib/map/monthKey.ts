/** A month of the map, "2021-04" (any day of April 2021 is in it). Apart from months.ts so that the page can name months without the scene's code. */
import type { IsoDate } from '$lib/data/types';

export type MonthKey = string;

export const monthOf = (date: IsoDate): MonthKey => date.slice(0, 7);
