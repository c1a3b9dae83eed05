// The named household types staff views compute limits for: the overview's rows and columns and the
// impact preview's spread. One list, so "stel, 45 en 43 jaar" means the same household everywhere.
// Each type is one bijstandsnorm (or leefvorm) the rules tell apart; the names state the ages.
import type { Answers } from '../engine/index.ts';

export interface HouseholdType {
  id: string;
  /** Dutch, B1: who this is, with the ages, as printed in the overview. */
  name: string;
  /** Only the household's make-up; the rest stays unknown unless a view fills it in. */
  answers: Answers;
}

export const HOUSEHOLD_TYPES: HouseholdType[] = [
  {
    id: 'alleenstaande',
    name: 'alleenstaande, 34 jaar',
    answers: { leeftijd: 34, heeft_partner: false, leeftijden_kinderen: [] },
  },
  {
    id: 'jongere',
    name: 'alleenstaande, 19 jaar',
    answers: { leeftijd: 19, heeft_partner: false, leeftijden_kinderen: [] },
  },
  {
    id: 'alleenstaande-ouder',
    name: 'alleenstaande ouder, 38 jaar, kinderen van 3 en 13',
    answers: { leeftijd: 38, heeft_partner: false, leeftijden_kinderen: [3, 13] },
  },
  {
    id: 'stel',
    name: 'stel, 45 en 43 jaar, geen kinderen',
    answers: { leeftijd: 45, heeft_partner: true, leeftijd_partner: 43, leeftijden_kinderen: [] },
  },
  {
    id: 'gezin',
    name: 'stel, 41 en 40 jaar, kinderen van 6, 12 en 16',
    answers: { leeftijd: 41, heeft_partner: true, leeftijd_partner: 40, leeftijden_kinderen: [6, 12, 16] },
  },
  {
    id: 'alleenstaande-aow',
    name: 'alleenstaande, 70 jaar (AOW)',
    answers: { leeftijd: 70, heeft_partner: false, leeftijden_kinderen: [] },
  },
  {
    id: 'stel-aow',
    name: 'stel, 70 en 66 jaar (AOW)',
    answers: { leeftijd: 70, heeft_partner: true, leeftijd_partner: 66, leeftijden_kinderen: [] },
  },
];
