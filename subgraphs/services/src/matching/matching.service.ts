import type { HubContext } from '@hub/common';
import { ServiceService } from '../service/service.service';
import type { ServiceType } from '../service/service.types';
import { matchService, type KnownFacts } from './matching';
import type { ServiceMatch } from './matching.types';

/** Finds the catalogue services that fit a person, from the facts the caller may see. */
export class MatchingService {
  constructor(private readonly ctx: HubContext) {}

  async find(type: ServiceType, person: KnownFacts, today = new Date()): Promise<ServiceMatch[]> {
    const candidates = await new ServiceService(this.ctx).activeOfType(type);
    return candidates
      .map((service) => ({ service, ...matchService(service, person, today) }))
      .filter((match) => match.fits)
      .map(({ service, unchecked }) => ({ service, unchecked }))
      .sort((a, b) => a.unchecked.length - b.unchecked.length);
  }
}
