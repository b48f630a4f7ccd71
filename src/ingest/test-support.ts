/** Factories for the ingest tests: articles from a few sentences, facts filtered by type. */
import topo from '../../public/geo/countries.topo.json';
import { landNeighbours, type CountriesTopology } from '../geo/topology';
import type { ArmsShipment, Commitment, Fact, Quote, TroopDeployment } from '../model/dataset';
import { ingestArticles } from './ingest';

export const NEIGHBOURS = landNeighbours(topo as unknown as CountriesTopology);

export function articleFile(body: string, date = '2023-05-10', name = 'a1.txt'): { name: string; content: string } {
  return { name, content: ` date ${date} ${body}` };
}

/** All facts extracted from one article made of `body`. */
export function factsOf(body: string, date = '2023-05-10'): Fact[] {
  const r = ingestArticles([articleFile(body, date)], { neighbours: NEIGHBOURS });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.dataset.facts;
}

export const arms = (body: string, date?: string): ArmsShipment[] => factsOf(body, date).filter((f): f is ArmsShipment => f.type === 'arms_shipment');
export const troops = (body: string, date?: string): TroopDeployment[] => factsOf(body, date).filter((f): f is TroopDeployment => f.type === 'troop_deployment');
export const commitments = (body: string, date?: string): Commitment[] => factsOf(body, date).filter((f): f is Commitment => f.type === 'commitment');
export const quotes = (body: string, date?: string): Quote[] => factsOf(body, date).filter((f): f is Quote => f.type === 'quote');
