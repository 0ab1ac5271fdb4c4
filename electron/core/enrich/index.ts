import type { Article, Edition, ParsedPage, PlaceLevel } from '../../shared/model';
import type { TopicId } from '../../shared/topics';
import { dateFromSource, inferDateFromText, type InferredDate } from './dates';
import { countyOfMasthead, countyOfPage } from './edition-area';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { lexiconFor } from './place-lexicon';
import { resolvePlaces, type PlaceContext } from './place-resolution';
import { articlePieces } from './article-text';
import { explainStory, homeCityOf, placeStory, rankedPlaces, readStory, storyTopics, type StoryReading } from './story-analysis';
import { piecesInSimplified } from './simplified';
import type { TermEvidence } from './topics';

export { GazetteerMissingError, loadGazetteer } from './gazetteer';
export { dateFromSource, inferDateFromText, type InferredDate } from './dates';

export interface EnrichOptions {
  /** Defaults to the generated gazetteer (loadGazetteer()). */
  gazetteer?: Gazetteer;
  /** The paper's prefecture, official name (嘉兴市); otherwise read from the page. */
  homeCity?: string;
}

function readPageStories(page: ParsedPage, options: EnrichOptions): { context: PlaceContext; stories: StoryReading[] } {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const homeCity = homeCityOf(gazetteer, page, options.homeCity);
  const lexicon = lexiconFor(gazetteer, homeCity);
  const stories = page.articles.map((article) => readStory(article, gazetteer, lexicon));
  const stated = countyOfMasthead(gazetteer, page.edition.name, homeCity) ?? countyNamed(gazetteer, page.edition.county, homeCity);
  const editionCounty =
    stated ??
    countyOfPage(
      gazetteer,
      stories.map((story) => resolvePlaces(story.mentions, { gazetteer, homeCity, editionCounty: null })),
    );
  return { context: { gazetteer, homeCity, editionCounty }, stories };
}

function countyNamed(gazetteer: Gazetteer, name: string | null, homeCity: number | null): number | null {
  if (!name) return null;
  const counties = gazetteer.namedAt(name, 'county');
  return counties.find((id) => gazetteer.ancestor(id, 'city') === homeCity) ?? (counties.length === 1 ? (counties[0] ?? null) : null);
}

/**
 * A page enriched but for its stories' topics, with what filing them needs besides the stories:
 * the cues each story's people were found by, in the order of the story's people, and whether
 * each story is set in traditional characters (so that filing does not look at every character
 * again to tell). An import files topics on whichever of its threads has time (see import-files).
 */
export interface PageWithoutTopics {
  page: ParsedPage;
  cues: string[][][];
  traditional: boolean[];
}

/** The page with everything but topics filled in, and how each story was read. */
function placePage(page: ParsedPage, options: EnrichOptions): { page: ParsedPage; stories: StoryReading[] } {
  const { context, stories } = readPageStories(page, options);
  const sourceDate = dateFromSource(page.source);
  const articles = page.articles.map((article, i): Article => {
    const story = stories[i];
    if (!story) throw new RangeError(`story ${i} was not read`);
    const { region, places } = placeStory(story, context);
    return { ...article, region, places, topics: [], people: story.people.map((person) => person.name), date: sourceDate ?? article.date };
  });
  const edition: Edition = {
    ...page.edition,
    county: context.editionCounty === null ? null : context.gazetteer.get(context.editionCounty).name,
    date: sourceDate ?? page.edition.date,
  };
  return { page: { ...page, edition, articles }, stories };
}

/**
 * Fills in where (DESIGN.md §4): each story's region, places, people and date, and the edition's
 * county. A page without a masthead gets its county from its stories, or none when it mixes
 * counties; every story still gets its own. Topics are left empty, for fileTopics.
 */
export function enrichPageWithoutTopics(page: ParsedPage, options: EnrichOptions = {}): PageWithoutTopics {
  const { page: placed, stories } = placePage(page, options);
  return { page: placed, cues: stories.map((story) => story.people.map((person) => person.cues)), traditional: stories.map((story) => story.traditional) };
}

/** Files each story of the page under its topics (DESIGN.md §4), read again from its text. */
export function fileTopics({ page, cues, traditional }: PageWithoutTopics): ParsedPage {
  const articles = page.articles.map((article, i): Article => {
    const people = article.people.map((name, k) => ({ name, cues: cues[i]?.[k] ?? [] }));
    const pieces = articlePieces(article);
    return { ...article, topics: storyTopics(traditional[i] ? piecesInSimplified(pieces) : pieces, people) };
  });
  return { ...page, articles };
}

/**
 * Fills in where and what (DESIGN.md §4): what enrichPageWithoutTopics and then fileTopics give,
 * filing topics from the text as it was read for places rather than reading it again.
 */
export function enrichPage(page: ParsedPage, options: EnrichOptions = {}): ParsedPage {
  const placed = placePage(page, options);
  const articles = placed.page.articles.map((article, i): Article => {
    const story = placed.stories[i];
    if (!story) throw new RangeError(`story ${i} was not read`);
    return { ...article, topics: storyTopics(story.pieces, story.people) };
  });
  return { ...placed.page, articles };
}

/** Why a story was filed where it was: the "why" panel's data. */
export interface ArticleExplanation {
  topics: { id: TopicId; score: number; terms: TermEvidence[]; rule?: string }[];
  places: { name: string; level: PlaceLevel; count: number; mentions: { text: string; count: number }[] }[];
  people: { name: string; cues: string[] }[];
  date: { value: string; source: 'file' } | InferredDate | null;
}

/**
 * Explains one enriched story, given its page's edition (for 我县 and the paper's prefecture):
 * topics with their matched terms and counts (党支部 ×5, 党建 ×3), places with the words that
 * named them, people with the cue that found them, and the date with where it came from.
 */
export function explainArticle(article: Article, edition: Edition, options: EnrichOptions = {}): ArticleExplanation {
  const page: ParsedPage = { source: '', edition, articles: [article], unplaced: [] };
  const gazetteer = options.gazetteer ?? loadGazetteer();
  // A lone story says less about its prefecture than its page did; the region enrichment stored is the better guide.
  const editionSaysWhere = edition.paper !== null || edition.name !== null || edition.county !== null;
  const homeCity = options.homeCity ?? (editionSaysWhere ? undefined : (article.region.city ?? undefined));
  const { context, stories } = readPageStories(page, { gazetteer, homeCity });
  const story = stories[0];
  if (!story) throw new RangeError('the story was not read');
  const analysis = explainStory(story, context);
  return {
    topics: analysis.topicEvidence.map(({ id, score, terms, rule }) => ({ id, score, terms, ...(rule ? { rule } : {}) })),
    places: rankedPlaces(analysis.placeTallies).map(({ level, tally }) => ({
      name: gazetteer.get(tally.id).name,
      level,
      count: tally.count,
      mentions: [...tally.forms.entries()].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count),
    })),
    people: analysis.people,
    date: article.date ? { value: article.date, source: 'file' } : inferDateFromText(articlePieces(article).map((piece) => piece.text).join('\n')),
  };
}
