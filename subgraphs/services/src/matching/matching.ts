import { ADULT_AGE, AgeGroup, ageOn, belgradeDay } from '@hub/common';
import type { Service } from '../service/service.entity';
import { CitizenshipEligibility } from '../service/service.types';
import { PersonFact } from './matching.types';

/** What matching knows about a person; null where the case does not say or the caller may not see. */
export interface KnownFacts {
  dateOfBirth?: string | null;
  sex?: string | null;
  citizenship?: string | null;
  municipality?: string | null;
  languages?: readonly string[] | null;
}

export const DOMESTIC_CITIZENSHIP = 'RS';
const normalise = (value: string) => value.trim().toLocaleLowerCase('sr');

/**
 * Whether a service fits a person. Only a known fact can exclude a service; a criterion the
 * service restricts on whose fact is unknown is reported as unchecked instead, so that a partner
 * without consent to see a fact gets a wider list (never a narrower one that would hint at the
 * fact), and the Centre sees what it still has to check by hand.
 */
export function matchService(
  service: Service,
  person: KnownFacts,
  today: Date,
): { fits: boolean; unchecked: PersonFact[] } {
  const unchecked: PersonFact[] = [];
  const { ageGroups, sexes, citizenship } = service.eligibility;

  const check = (fact: PersonFact, restricts: boolean, fits: () => boolean | null): boolean => {
    if (!restricts) {
      return true;
    }
    const verdict = fits();
    if (verdict === null) {
      unchecked.push(fact);
      return true;
    }
    return verdict;
  };

  const fits = [
    check(PersonFact.AGE, ageGroups.length < Object.keys(AgeGroup).length, () => {
      const age = ageOn(person.dateOfBirth, belgradeDay(today));
      // A birth date after today says nothing about the age group: the fact stays unchecked.
      return age === null || age < 0
        ? null
        : ageGroups.includes(age < ADULT_AGE ? AgeGroup.CHILD : AgeGroup.ADULT);
    }),
    check(PersonFact.SEX, sexes.length < 3, () =>
      person.sex ? sexes.some((sex) => sex === person.sex) : null,
    ),
    check(
      PersonFact.CITIZENSHIP,
      citizenship.length < Object.keys(CitizenshipEligibility).length,
      () =>
        person.citizenship
          ? citizenship.includes(
              person.citizenship.trim().toUpperCase() === DOMESTIC_CITIZENSHIP
                ? CitizenshipEligibility.DOMESTIC
                : CitizenshipEligibility.FOREIGN,
            )
          : null,
    ),
    check(PersonFact.MUNICIPALITY, !service.regions.includes('*'), () =>
      person.municipality
        ? service.regions.some((region) => normalise(region) === normalise(person.municipality!))
        : null,
    ),
    check(PersonFact.LANGUAGES, service.languages.length > 0, () => {
      const spoken = (person.languages ?? []).map(normalise);
      return spoken.length
        ? service.languages.some((language) => spoken.includes(normalise(language)))
        : null;
    }),
  ].every(Boolean);

  return { fits, unchecked: fits ? unchecked : [] };
}
