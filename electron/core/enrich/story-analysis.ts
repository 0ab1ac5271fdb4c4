import type { Article, ParsedPage, PlaceLevel, Region } from '../../shared/model';
import { EMPTY_REGION } from '../../shared/model';
import type { TopicId } from '../../shared/topics';
import { articlePieces, type TextPiece } from './article-text';
import { cityOfPage, cityOfPaper, countyOfMasthead } from './edition-area';
import type { Gazetteer } from './gazetteer';
import { scanMentions, withoutNames, type Mention } from './mention-scanner';
import { lexiconFor, type Lexicon } from './place-lexicon';
import { resolvePlaces, type PlaceContext, type PlaceTally, type StoryPlaces } from './place-resolution';
import { findPeople, type PersonEvidence } from './people';
import { looksTraditionalPieces, piecesInSimplified, simplifiedPieces, simplifiedText } from './simplified';
import { chooseTopics, topicEvidence, withLeaderActivity, type TopicEvidence } from './topics';

/** Everything enrichment concluded about one story, with the evidence the "why" panel shows. */
export interface StoryAnalysis {
  region: Region;
  places: Article['places'];
  placeTallies: StoryPlaces;
  topics: TopicId[];
  topicEvidence: TopicEvidence[];
  people: PersonEvidence[];
}

/** The paper's prefecture: named by the caller, read from the paper's name or masthead, or guessed from the page's names. */
export function homeCityOf(gazetteer: Gazetteer, page: Pick<ParsedPage, 'edition' | 'articles'>, homeCity?: string): number | null {
  if (homeCity) return gazetteer.namedAt(homeCity, 'city')[0] ?? null;
  const fromPaper = cityOfPaper(gazetteer, page.edition.paper);
  if (fromPaper !== null) return fromPaper;
  const masthead = countyOfMasthead(gazetteer, page.edition.name, null);
  if (masthead !== null) return gazetteer.ancestor(masthead, 'city');
  // Headlines and leads name their places in full often enough, and reading them alone is cheap.
  const base = lexiconFor(gazetteer, null);
  const openings = page.articles.map((article) => simplifiedPieces(articlePieces(article).filter((piece) => piece.zone !== 'body')));
  return cityOfPage(gazetteer, openings.map((pieces) => scanMentions(pieces, base)));
}

export function regionOf(gazetteer: Gazetteer, places: StoryPlaces): Region {
  const anchor = places.county ?? places.city;
  if (anchor === null) return { ...EMPTY_REGION };
  return {
    province: gazetteer.nameOf(gazetteer.ancestor(anchor, 'province')),
    city: gazetteer.nameOf(places.city),
    county: gazetteer.nameOf(places.county),
    town: gazetteer.nameOf(places.town),
    village: gazetteer.nameOf(places.village),
  };
}

/** The places a story names, county level first, each level by how often it is named. */
export function rankedPlaces(places: StoryPlaces): { level: PlaceLevel; tally: PlaceTally }[] {
  const levels = [
    ['county', places.counties],
    ['town', places.towns],
    ['village', places.villages],
  ] as const;
  return levels.flatMap(([level, map]) =>
    [...map.values()].sort((a, b) => b.count - a.count || a.firstAt - b.firstAt).map((tally) => ({ level, tally })),
  );
}

function placeList(gazetteer: Gazetteer, places: StoryPlaces): Article['places'] {
  return rankedPlaces(places).map(({ level, tally }) => ({ name: gazetteer.get(tally.id).name, level, count: tally.count }));
}

/** A story read once: its text, the people it names and its place mentions (read with the names blotted out). */
export interface StoryReading {
  pieces: TextPiece[];
  /** Set in traditional characters: `pieces` are in simplified ones. */
  traditional: boolean;
  people: PersonEvidence[];
  mentions: Mention[];
}

export function readStory(article: Article, gazetteer: Gazetteer, lexicon: Lexicon): StoryReading {
  const text = articlePieces(article);
  const traditional = looksTraditionalPieces(text);
  const pieces = traditional ? piecesInSimplified(text) : text;
  const authors = article.authors.map((author) => ({ ...author, name: simplifiedText(author.name) }));
  const people = findPeople({ authors }, pieces, (word) => gazetteer.named(word).length > 0 || lexicon.names(word));
  const mentions = scanMentions(withoutNames(pieces, people.map((person) => person.name)), lexicon);
  return { pieces, traditional, people, mentions };
}

/** Where a story is: its region and places, from the mentions it was read with. */
export function placeStory({ mentions }: StoryReading, context: PlaceContext): Pick<StoryAnalysis, 'region' | 'places' | 'placeTallies'> {
  const placeTallies = resolvePlaces(mentions, context);
  return { region: regionOf(context.gazetteer, placeTallies), places: placeList(context.gazetteer, placeTallies), placeTallies };
}

/**
 * Every topic the story's words point to, best first, with the rule of a leader's activity
 * applied. `explain`: keep each topic's terms, for the "why" panel; filing a story needs only the scores.
 */
function storyTopicEvidence(pieces: readonly TextPiece[], people: readonly PersonEvidence[], explain: boolean): TopicEvidence[] {
  const headlines = pieces.filter((piece) => piece.zone === 'headline').map((piece) => piece.text);
  return withLeaderActivity(topicEvidence(pieces, explain ? 'terms' : 'scores'), headlines, new Map(people.map((person) => [person.name, person.cues])));
}

/** The one to three topics a story is filed under. */
export function storyTopics(pieces: readonly TextPiece[], people: readonly PersonEvidence[]): TopicId[] {
  return chooseTopics(storyTopicEvidence(pieces, people, false));
}

/** Everything about a story, with each topic's terms: what the "why" panel shows. */
export function explainStory(reading: StoryReading, context: PlaceContext): StoryAnalysis {
  const evidence = storyTopicEvidence(reading.pieces, reading.people, true);
  return { ...placeStory(reading, context), topics: chooseTopics(evidence), topicEvidence: evidence, people: reading.people };
}
