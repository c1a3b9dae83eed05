// Half of the 10 000 random households (the other half is households-a.test.ts; two files run in parallel).
import { describe, it } from 'vitest';
import { runs } from '../support/test-tier.ts';
import { householdsProperty } from './support/households-property.ts';

describe('random households (Ommen), half b', () => {
  it(
    '5 000 households: no crash, same result twice, every regeling and hulppunt present',
    () => householdsProperty(runs(5_000)),
    120_000,
  );
});
