import { AgeGroup, Sex } from '@hub/common';
import type { Service } from '../service/service.entity';
import { CitizenshipEligibility } from '../service/service.types';
import { matchService } from './matching';
import { PersonFact } from './matching.types';

/**
 * Which catalogue services fit a person. A partner who may not see a fact must get a wider list,
 * never a narrower one that hints at the fact: only a known fact excludes a service.
 */
const TODAY = new Date('2026-06-15T12:00:00Z');

const service = (overrides: Partial<Service> = {}): Service =>
  ({
    eligibility: {
      ageGroups: [AgeGroup.CHILD, AgeGroup.ADULT],
      sexes: [Sex.FEMALE, Sex.MALE, Sex.OTHER],
      citizenship: [CitizenshipEligibility.DOMESTIC, CitizenshipEligibility.FOREIGN],
    },
    regions: ['*'],
    languages: [],
    ...overrides,
  }) as Service;

const forWomen = service({
  eligibility: {
    ageGroups: [AgeGroup.ADULT],
    sexes: [Sex.FEMALE],
    citizenship: [CitizenshipEligibility.FOREIGN],
  },
  regions: ['Beograd'],
  languages: ['uk', 'ru'],
} as Partial<Service>);

describe('service matching', () => {
  it('fits everyone to a service that restricts nothing, with nothing left to check', () => {
    expect(matchService(service(), {}, TODAY)).toEqual({ fits: true, unchecked: [] });
  });

  it('fits a person whose known facts meet every criterion', () => {
    const person = {
      dateOfBirth: '1990-03-01',
      sex: 'FEMALE',
      citizenship: 'UA',
      municipality: ' beograd ',
      languages: ['UK'],
    };
    expect(matchService(forWomen, person, TODAY)).toEqual({ fits: true, unchecked: [] });
  });

  it.each([
    ['a child', { dateOfBirth: '2010-01-01' }],
    ['a man', { sex: 'MALE' }],
    ['a Serbian citizen', { citizenship: 'rs' }],
    ['someone elsewhere', { municipality: 'Niš' }],
    ['someone who speaks neither language', { languages: ['sr'] }],
  ])('excludes %s on that known fact alone', (_who, fact) => {
    expect(matchService(forWomen, fact, TODAY)).toEqual({ fits: false, unchecked: [] });
  });

  it('keeps a service it cannot check, naming every fact still to check', () => {
    expect(matchService(forWomen, {}, TODAY)).toEqual({
      fits: true,
      unchecked: [
        PersonFact.AGE,
        PersonFact.SEX,
        PersonFact.CITIZENSHIP,
        PersonFact.MUNICIPALITY,
        PersonFact.LANGUAGES,
      ],
    });
    expect(matchService(forWomen, { sex: 'FEMALE', languages: [] }, TODAY).unchecked).toEqual([
      PersonFact.AGE,
      PersonFact.CITIZENSHIP,
      PersonFact.MUNICIPALITY,
      PersonFact.LANGUAGES,
    ]);
  });

  it('counts a person as a child until the 18th birthday, to the day', () => {
    const adultsOnly = service({
      eligibility: { ...service().eligibility, ageGroups: [AgeGroup.ADULT] },
    } as Partial<Service>);
    expect(matchService(adultsOnly, { dateOfBirth: '2008-06-16' }, TODAY).fits).toBe(false);
    expect(matchService(adultsOnly, { dateOfBirth: '2008-06-15' }, TODAY).fits).toBe(true);
  });

  it('counts the birthday on the calendar in Belgrade, not in UTC', () => {
    const adultsOnly = service({
      eligibility: { ...service().eligibility, ageGroups: [AgeGroup.ADULT] },
    } as Partial<Service>);
    // 00:30 on 15 June in Belgrade (summer time, UTC+2) is still 14 June in UTC.
    const justAfterMidnight = new Date('2026-06-14T22:30:00Z');
    expect(matchService(adultsOnly, { dateOfBirth: '2008-06-15' }, justAfterMidnight).fits).toBe(
      true,
    );
    // 00:30 on 1 January in Belgrade (winter time, UTC+1).
    const newYear = new Date('2025-12-31T23:30:00Z');
    expect(matchService(adultsOnly, { dateOfBirth: '2008-01-01' }, newYear).fits).toBe(true);
    expect(matchService(adultsOnly, { dateOfBirth: '2008-01-02' }, newYear).fits).toBe(false);
  });

  it('treats a missing, malformed or future date of birth as unknown, not as a fact', () => {
    for (const dateOfBirth of [null, '15.06.2000', '2030-01-01']) {
      expect(
        matchService(
          service({ eligibility: { ...forWomen.eligibility } } as Partial<Service>),
          {
            dateOfBirth,
          },
          TODAY,
        ),
      ).toEqual({
        fits: true,
        unchecked: [PersonFact.AGE, PersonFact.SEX, PersonFact.CITIZENSHIP],
      });
    }
  });
});
