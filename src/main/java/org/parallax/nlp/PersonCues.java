package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.text.Accents;

/**
 * What an article's text says about a person mention beyond its name: whether it is a man or a woman (a title, a kin
 * word, a pronoun after it), and a quoted nickname inside a name. Split from {@link EntityLinker}, which uses them to
 * tell two people of one surname apart and to join a nicknamed name's forms.
 */
final class PersonCues {
    private PersonCues() {
    }

    /** A title of office or rank right before a name, or its first word: "Judge", "Professor", "Inspector", "Bishop". */
    private static final Pattern ROLE_TITLE = Pattern.compile("(?i)(?:^|[^\\p{L}])(judge|justice|dr|doctor|professor|prof|coach"
            + "|inspector|detective|sergeant|sgt|constable|captain|capt|bishop|archbishop|rabbi|imam|reverend|rev|senator|governor"
            + "|mayor|councillor|minister|president|general|gen|colonel|col|admiral|commissioner|chancellor)\\.?\\s+$");

    /**
     * The lower-case title of office written right before a person mention or as its first word ("Judge Alice Pemberton",
     * "Judge Pemberton"), or "" for none. Two people of one surname in one article are told apart by it: "Judge
     * Pemberton" is the judge, not the defendant Tom Pemberton named first (issue 15, entities8).
     */
    static String roleTitle(String text, Mention m) {
        String own = EntityLinker.clean(m.text());
        int space = own.indexOf(' ');
        if (space > 0) {
            Matcher first = ROLE_TITLE.matcher(own.substring(0, space + 1));
            if (first.find()) return first.group(1).toLowerCase(Locale.ROOT);
        }
        if (m.start() > text.length()) return "";
        Matcher before = ROLE_TITLE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
        return before.find() ? before.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Titles a court report keeps on every mention of its holder: "Judge Patel", never a bare "Patel" for the judge. */
    private static final Set<String> KEPT_TITLES = Set.of("judge", "justice");

    /**
     * The candidates a bare surname written without a title may be, in an article with two people of that surname: not
     * one whom the article calls by a court title with the bare surname ("Judge Patel") when another is left. Court
     * reports keep the judge's title and name the defendant by the bare surname ("Judge Meera Patel jailed Sanjay Patel
     * ... Patel, who admitted fraud"). Left to the first-introduced rule, the defendant's "Patel" joined the judge.
     */
    static List<Integer> withoutKeptTitles(String article, List<Mention> mentions, int i, List<Integer> open) {
        if (open.size() < 2 || !roleTitle(article, mentions.get(i)).isEmpty()) return open;
        String last = lastWord(mentions.get(i).text());
        Set<String> titledBare = new HashSet<>();
        for (Mention o : mentions) {
            String role = o.type() == EntityType.PERSON && o.start() >= 0 && EntityLinker.tokens(o.text()).size() == 1 ? roleTitle(article, o) : "";
            if (KEPT_TITLES.contains(role) && lastWord(o.text()).equals(last)) titledBare.add(role);
        }
        if (titledBare.isEmpty()) return open;
        List<Integer> left = open.stream().filter(j -> !titledBare.contains(roleTitle(article, mentions.get(j)))).toList();
        return left.isEmpty() ? open : left;
    }

    private static String lastWord(String form) {
        List<String> t = EntityLinker.tokens(form);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }

    /** 'm' or 'f' for a person mention titled "Mr", or "Mrs", "Ms", "Miss" (right before it or at its start), else '-'. */
    static char titleGender(String text, Mention m) {
        Matcher own = TITLE_START.matcher(m.text().strip().toLowerCase(Locale.ROOT));
        if (own.find()) return MALE_TITLES.contains(own.group(1)) ? 'm' : 'f';
        Matcher before = TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start()).toLowerCase(Locale.ROOT));
        if (before.find()) return MALE_TITLES.contains(before.group(1)) ? 'm' : 'f';
        return '-';
    }

    /** A kin word right before a name that says whether it is a man or a woman: "His wife, Meena Patel", "his brother Devin". */
    private static final Pattern KIN_GENDER_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(wife|husband|widow|widower|brother|sister"
            + "|son|daughter|father|mother|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother)\\s*,?\\s*$");
    private static final Set<String> FEMALE_KIN = Set.of("wife", "widow", "sister", "daughter", "mother", "aunt", "niece",
            "granddaughter", "grandmother");
    /** A third-person pronoun that says whether its person is a man or a woman. */
    private static final Pattern GENDERED_PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])(he|him|his|she|her|hers)(?![\\p{L}])");

    /**
     * 'm' or 'f' for a person mention the article marks as a man or a woman, else '-': a gendered title (see
     * {@link #titleGender}), a kin word right before it ("His wife, Meena Patel", "her husband, Robert Grant"), or the
     * first gendered pronoun after it in its sentence with no other person named between ("Raj Patel, 58, said he
     * had", "Hale said she had"). Used only to choose between two people of one surname in one article.
     */
    static char mentionGender(String text, List<Mention> mentions, Mention m) {
        char t = titleGender(text, m);
        if (t != '-') return t;
        Matcher kin = KIN_GENDER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
        if (kin.find()) return FEMALE_KIN.contains(kin.group(1).toLowerCase(Locale.ROOT)) ? 'f' : 'm';
        int end = sentenceEnd(text, m.end());
        Matcher p = GENDERED_PRONOUN.matcher(text.substring(m.end(), end));
        if (!p.find()) return '-';
        int at = m.end() + p.start();
        for (Mention o : mentions) {
            if (o.type() == EntityType.PERSON && o.start() >= m.end() && o.start() < at) return '-';
        }
        String w = p.group(1).toLowerCase(Locale.ROOT);
        return w.equals("he") || w.equals("him") || w.equals("his") ? 'm' : 'f';
    }

    /** A gendered title at a name's start, and right before a name. */
    private static final Pattern TITLE_START = Pattern.compile("^(mrs|ms|miss|mr|" + PersonCues.FOREIGN_TITLES + ")\\.?\\s");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(mrs|ms|miss|mr|" + PersonCues.FOREIGN_TITLES + ")\\.?\\s+$");
    /**
     * Courtesy titles of other languages, lower case, as a regex alternation: a man's ("Herr", "Señor", "Monsieur",
     * "Signor", "Meneer") and a woman's ("Frau", "Señora", "Madame", "Mme", "Signora", "Mevrouw" ...).
     */
    static final String FOREIGN_TITLES = "herr|señor|senor|monsieur|signor|meneer|frau|señora|senora|señorita|madame|mademoiselle"
            + "|mme|signora|signorina|mevrouw";
    private static final Set<String> MALE_TITLES = Set.of("mr", "herr", "señor", "senor", "monsieur", "signor", "meneer");
    /** A courtesy title of another language at a name's start, with the space after it: "Madame Hélène Girard". */
    static final Pattern FOREIGN_TITLE_START = Pattern.compile("^(?i:" + FOREIGN_TITLES + ")\\.?\\s+(?=\\p{Lu})");

    /** A name with a quoted nickname inside it: Margaret "Peggy" Lowell, Carl 'Buzz' Henning. */
    private static final Pattern NICKNAMED_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]+)\\s+[\"“‘']([\\p{Lu}][\\p{L}'’-]+)[\"”’']\\s+(\\p{Lu}[\\p{L}'’-]+)");

    /**
     * Step 4b': a name written with a quoted nickname inside it (Margaret "Peggy" Lowell) is one person, however the
     * recogniser cut it ("Margaret" and "Peggy\" Lowell"), and so are the article's other forms of it: "Margaret
     * Lowell", "Peggy Lowell", a lone "Peggy". Left apart, the two first names of one surname were two people.
     */
    static void joinQuotedNicknames(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        Matcher nm = NICKNAMED_NAME.matcher(text);
        while (nm.find()) {
            String first = nm.group(1).toLowerCase(Locale.ROOT);
            String nick = nm.group(2).toLowerCase(Locale.ROOT);
            String last = nm.group(3).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            Set<String> forms = Set.of(first + " " + last, nick + " " + last, nick);
            Integer home = null;
            for (int i : linkable) {
                Mention m = mentions.get(i);
                if (m.type() != EntityType.PERSON) continue;
                boolean inside = m.start() < nm.end() && m.end() > nm.start();
                String plain = String.join(" ", EntityLinker.tokens(m.text().replaceAll("[\"“”‘’]", " ")));
                if (!inside && !forms.contains(plain)) continue;
                if (home == null) home = i;
                else EntityLinker.union(parent, home, i);
            }
        }
    }

    /**
     * A one-word person mention that is the given name or the surname of a name written with a quoted nickname inside it
     * (the recogniser cut Walter "Buck" Hennessy into "Walter" and "Hennessy"), as the name without the nickname
     * ("Walter Hennessy") at the mention's place; else null. Left as cut, the person was named by the surname alone.
     */
    static Mention nicknamedWhole(String text, Mention m) {
        if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length() || EntityLinker.tokens(m.text()).size() != 1) return null;
        Matcher nm = NICKNAMED_NAME.matcher(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
        int offset = Math.max(0, m.start() - 40);
        while (nm.find()) {
            boolean first = offset + nm.start(1) == m.start() && offset + nm.end(1) == m.end();
            boolean last = offset + nm.start(3) == m.start() && offset + nm.end(3) <= m.end();
            if (first || last) return EntityNames.copy(m, nm.group(1) + " " + nm.group(3).replaceAll("[’']s$", ""), m.type());
        }
        return null;
    }

    /** "the elder Bush", "The younger Pemberton": a bare surname after "elder" or "younger". */
    private static final Pattern GENERATION_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(elder|younger)\\s+$");
    /** Right before a name: "his son Oliver Pemberton", "His father, George H.W. Bush", "son of Tony Blair". */
    private static final Pattern KIN_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(sons?|daughters?|father|mother|parents?)(\\s+of)?\\s*,?\\s*$");
    /** A generational suffix at a name's end: "Robert Kellerman Jr.", "Thomas Reilly III", "Walter Pennock Senior". */
    private static final Pattern GENERATION_SUFFIX = Pattern.compile("(?i)[\\s,]+(jr|sr|jnr|snr|ii|iii|iv|senior|junior)\\.?$");

    /**
     * For a bare surname after "the elder" or "the younger", or with "Jr." or "Sr.", that fits two or more full names in the article, the one
     * the article marks as of that generation: a name right after "son"/"daughter" or with "Jr." is the younger, one
     * right after "father"/"mother" (or "son of") or with "Sr." the elder. When only the other generation is marked,
     * the one candidate left unmarked. Else null (the first-introduced rule decides).
     */
    static Integer byGeneration(String article, List<Mention> mentions, List<Integer> persons, int[] parent, int i,
            List<Integer> candidates) {
        Mention bare = mentions.get(i);
        String word = generationWord(article, bare);
        // ... and a bare surname with its own suffix, "Reed Jr. said" beside "Marcus Reed Sr." and "Marcus Reed Jr.":
        // left to the first-introduced rule, the son's "Reed Jr." joined his father
        Matcher suffix = GENERATION_SUFFIX.matcher(EntityLinker.clean(bare.text()));
        int want = !word.isEmpty() ? word.equals("younger") ? 1 : -1
                : suffix.find() ? suffix.group(1).toLowerCase(Locale.ROOT).startsWith("s") ? -1 : 1 : 0;
        if (want == 0 || candidates.size() < 2) return null;
        List<Integer> same = new ArrayList<>();
        List<Integer> unmarked = new ArrayList<>();
        for (int c : candidates) {
            int root = EntityLinker.find(parent, c);
            int mark = 0;
            for (int j : persons) {
                if (EntityLinker.find(parent, j) == root && mark == 0) mark = generation(article, mentions.get(j));
            }
            if (mark == want) same.add(c);
            else if (mark == 0) unmarked.add(c);
        }
        if (same.size() == 1) return same.get(0);
        if (same.isEmpty() && unmarked.size() == 1 && candidates.size() - unmarked.size() >= 1) return unmarked.get(0);
        return null;
    }

    /** Right after a bare surname, its possessive and a kin word: "Petrov's son", "Hale's father" (issue 15, entities16). */
    private static final Pattern KIN_AFTER = Pattern.compile("(?i)^[’']s\\s+(?:(?:elder|eldest|younger|youngest|only)\\s+)?"
            + "(sons?|daughters?|father|mother)(?![\\p{L}])");

    /**
     * "elder" or "younger" right before a mention, else "". A bare surname before "'s son" or "'s daughter" is the
     * elder ("Petrov's son wins the seat his father held" beside the son's and the father's full names), before "'s
     * father" or "'s mother" the younger. Left to the first-introduced rule, a headline's "Petrov's son" was the son.
     */
    static String generationWord(String article, Mention m) {
        Matcher g = GENERATION_BEFORE.matcher(article.substring(Math.max(0, m.start() - 10), m.start()));
        if (g.find()) return g.group(1).toLowerCase(Locale.ROOT);
        if (m.type() != EntityType.PERSON || m.end() > article.length() || EntityLinker.tokens(m.text()).size() != 1) return "";
        String form = EntityLinker.clean(m.text());
        String after = (form.matches(".*[’']s$") ? "'s" : "") + article.substring(m.end(), Math.min(article.length(), m.end() + 30));
        Matcher k = KIN_AFTER.matcher(after);
        if (!k.find()) return "";
        String kin = k.group(1).toLowerCase(Locale.ROOT);
        return kin.startsWith("son") || kin.startsWith("daughter") ? "elder" : "younger";
    }

    /** 1 when a person mention ends in a younger generation's suffix ("Jr.", "Jnr"), -1 an elder's ("Sr.", "Senior"), else 0. */
    static int suffixGeneration(Mention m) {
        Matcher suffix = GENERATION_SUFFIX.matcher(EntityLinker.clean(m.text()));
        return !suffix.find() ? 0 : suffix.group(1).toLowerCase(Locale.ROOT).startsWith("s") ? -1 : 1;
    }

    /** 1 when a person mention is marked as the younger generation, -1 the elder, 0 neither. */
    static int generation(String article, Mention m) {
        Matcher suffix = GENERATION_SUFFIX.matcher(EntityLinker.clean(m.text()));
        if (suffix.find()) return suffix.group(1).toLowerCase(Locale.ROOT).startsWith("s") ? -1 : 1;
        Matcher k = KIN_BEFORE.matcher(article.substring(Math.max(0, m.start() - 20), m.start()));
        if (!k.find()) return 0;
        boolean child = k.group(1).toLowerCase(Locale.ROOT).startsWith("son") || k.group(1).toLowerCase(Locale.ROOT).startsWith("daughter");
        // "son of Tony Blair": the name is the parent
        return child && k.group(2) == null ? 1 : -1;
    }

    /** A pronoun after a name that says who or what it is: a man's, a woman's, or a thing's possessive "its". */
    /** Staff of a body right before its name: "Analysts at Bernstein", "an economist at Nomura". */
    private static final Pattern WORKS_AT_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:analysts?|economists?|strategists?|researchers?"
            + "|scientists?|engineers?|lawyers?|bankers?|traders?|executives?|officials?|employees?|staff|workers?)\\s+at\\s+$");
    /** A noun phrase or clause of another thing between a name and a pronoun: "said the charity would name its". */
    private static final Pattern OTHER_THING = Pattern.compile("(?i)(?<![\\p{L}])(the|a|an|this|that|which|who|whose)(?![\\p{L}])");
    /** The last word of a picture agency's or wire's name: "Getty Images", "Alamy Photos", "PA Pictures". */
    private static final Pattern AGENCY_END = Pattern.compile("\\s(?:Images|Photos|Pictures|Photography|Newswire)$");
    private static final Pattern PERSON_OR_ITS = Pattern.compile("(?i)(?<![\\p{L}])(he|him|his|she|her|hers|it|its)(?![\\p{L}])");

    /**
     * Whether a one-word name typed a person is a company or body by how the article goes on: no title, no person's
     * full name of that surname here, and the pronouns after it in its sentence, with no other name between, are "it"
     * and then "its" before any "he" or "she" ("Meta said on Thursday that it had sold two million pairs of its
     * glasses", "Parcelwise said it had fitted blockers to its vans"), or "its" first with no other thing named between
     * ("Lincoln would put its cathedral"). A bare "it" says nothing ("Hale said it was close"), nor does an "its" after
     * another thing ("Henning said the charity would name its library": the charity's). So is a name after its
     * staff and "at" ("Analysts at Bernstein"). A name ending in a picture agency's word is one whatever its length
     * ("Getty Images" in a caption's credit "Ezra Acayan / Getty Images").
     */
    static boolean isCompanyCued(String text, List<Mention> mentions, Mention m, Set<String> surnames) {
        if (AGENCY_END.matcher(m.text().strip()).find()) return true;
        List<String> t = EntityLinker.tokens(m.text());
        if (t.size() != 1 || EntityLinker.clean(m.text()).contains(" ") || surnames.contains(t.get(0)) || titleGender(text, m) != '-') return false;
        // "Analysts at Bernstein": people work at a firm, never at a person
        if (WORKS_AT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) return true;
        // "Volkswagen and Stellantis have": a lone name in a pair with an organisation is one too
        if (pairedWithOrganisation(text, mentions, m)) return true;
        int end = sentenceEnd(text, m.end());
        Matcher p = PERSON_OR_ITS.matcher(text.substring(m.end(), end));
        if (!p.find()) return false;
        // "Lincoln would put its cathedral": an "its" first, with no other thing named between, is the name's own
        boolean its = p.group(1).equalsIgnoreCase("its") && !OTHER_THING.matcher(text.substring(m.end(), m.end() + p.start())).find();
        if (!its && !p.group(1).equalsIgnoreCase("it")) return false;
        while (!its && p.find()) {
            if (!p.group(1).toLowerCase(Locale.ROOT).startsWith("it")) return false;
            its = p.group(1).equalsIgnoreCase("its");
        }
        if (!its) return false;
        int at = m.end() + p.start();
        for (Mention o : mentions) {
            if (o.type() != EntityType.DATE && o.start() >= m.end() && o.start() < at) return false;
        }
        return true;
    }

    /** Words of a story about a company: its shares, its founder, "the company", "the firm". */
    private static final Pattern COMPANY_TALK = Pattern.compile("(?i)(?<![\\p{L}])(?:company|company[’']s|companies|firm|firm[’']s"
            + "|shares|shareholders|founder|founded|carmaker|subsidiary|brand)(?![\\p{L}])");

    /** Whether an organisation form of two or more words of the article has this lower-case word. */
    static boolean inLongerOrganisation(List<Mention> mentions, Map<String, Integer> formRep, String word) {
        for (int r : formRep.values()) {
            Mention m = mentions.get(r);
            if (m.type() != EntityType.ORGANIZATION) continue;
            List<String> words = Arrays.asList(EntityLinker.clean(m.text()).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").split("\\s+"));
            if (words.size() > 1 && words.contains(word)) return true;
        }
        return false;
    }

    /** Whether a story speaks of a company: "the company's founder", "shares", "the firm". */
    static boolean talksOfACompany(String text) {
        return COMPANY_TALK.matcher(text).find();
    }

    /** Between two names of one pair: " and ", " or ", ", ". */
    private static final Pattern PAIR = Pattern.compile("\\s+(?:and|or)\\s+|,\\s+");

    /** Whether a name is paired with an organisation mention right before or after it ("Volkswagen and Stellantis"). */
    private static boolean pairedWithOrganisation(String text, List<Mention> mentions, Mention m) {
        for (Mention o : mentions) {
            if (o.type() != EntityType.ORGANIZATION || o.end() > text.length()) continue;
            if (o.end() <= m.start() && m.start() - o.end() <= 6 && PAIR.matcher(text.substring(o.end(), m.start())).matches()
                    || o.start() >= m.end() && o.start() - m.end() <= 6 && PAIR.matcher(text.substring(m.end(), o.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence of a position ends: its full stop, "!" or "?" before a space, a line break, or 200 characters on. */
    private static int sentenceEnd(String text, int from) {
        int end = from;
        while (end < text.length() && end < from + 200 && text.charAt(end) != '\n'
                && !(".!?".indexOf(text.charAt(end)) >= 0 && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
            end++;
        }
        return end;
    }

    /** What only a person is: a calling or an office ("adviser", "lawyer", "novelist"), singular. */
    private static final String PERSON_ROLE = "(?:adviser|advisor|economist|lawyer|barrister|solicitor|journalist|writer|columnist"
            + "|reporter|editor|professor|lecturer|historian|author|novelist|poet|actor|actress|singer|politician|diplomat"
            + "|civil servant|teacher|doctor|surgeon|nurse|priest|minister|mp|senator|councillor|judge)(?![\\p{L}])";

    /**
     * Right after a lone name: a verb only a person does in news ("Laidlaw said", "Ngata worked", "Okonjo-Baird is
     * said", "Harrison told"), a possessive of kin or an agent ("Ford's agent", "Blair's wife"), or what only a person
     * is or was ("Ford is a former Treasury adviser", "Hale was a lawyer"; issue 15, entities: the columnist's surname
     * typed a company had joined the carmaker of another article).
     */
    private static final Pattern PERSON_VERB_AFTER = Pattern.compile("^(?:\\s+(?:said|says|told|worked|is said|was said)(?![\\p{L}])"
            + "|[’']s\\s+(?:agent|wife|husband|widow|widower|son|daughter|mother|father|brother|sister)(?![\\p{L}])"
            + "|\\s+(?:is|was)\\s+(?:a|an)\\s+(?:(?:former|retired|veteran|senior|\\p{Lu}[\\p{L}\\-]*)\\s+){0,3}" + PERSON_ROLE + ")");

    /**
     * Whether a one-word name typed a place or organisation is a person the article names in full: the first or last
     * word of exactly one full person name here, and followed by a person's verb or kin ({@link #PERSON_VERB_AFTER}).
     * Left as typed, "Laidlaw said" beside "Grant Laidlaw" was an organisation of its own, and "Ford's agent" beside
     * "Harrison Ford" joined the Ford Motor Company of another article. With two full names of that word ("Tony
     * Blair", "Euan Blair") the word is left as typed.
     */
    static boolean isNamedPersonByVerb(String text, List<Mention> mentions, Mention m, Set<String> lone) {
        String w = EntityLinker.clean(m.text());
        if (w.isEmpty() || w.contains(" ") || m.end() > text.length()) return false;
        if (!PERSON_VERB_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 48))).find()) return false;
        String lw = w.toLowerCase(Locale.ROOT);
        Set<String> fulls = new HashSet<>();
        for (Mention o : mentions) {
            if (o.type() != EntityType.PERSON && !isPersonNameTypedPlace(o, lone)) continue;
            String[] words = EntityLinker.clean(o.text()).replaceAll("^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\\.?\\s+)+", "")
                    .replaceAll("[’']s$", "").toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length < 2) continue;
            if (words[0].equals(lw) || words[words.length - 1].equals(lw)) fulls.add(String.join(" ", words));
        }
        return fulls.size() == 1;
    }

    /**
     * The one-word names the article writes as a person's: typed a person, after a gendered title ("Ms Morgan's"), or
     * before a person's verb or kin ("Morgan said"); lower case, without a possessive.
     */
    static Set<String> lonePersonWords(String text, List<Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATE || m.end() > text.length()) continue;
            String w = EntityLinker.clean(m.text()).replaceAll("^(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)", "").replaceAll("[’']s$", "");
            if (w.isEmpty() || w.contains(" ") || Acronyms.isAcronym(w)) continue;
            boolean person = m.type() == EntityType.PERSON || titleGender(text, m) != '-'
                    || PERSON_VERB_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 48))).find();
            if (person) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Whether a name of two or three capitalised words typed a place is a person's full name: its last word is one the
     * article writes alone as a person's ({@link #lonePersonWords}). "Sri Wahyuni" beside "Wahyuni", "Sydney Morgan"
     * beside "Ms Morgan" were places of their own, the surname's person named by the surname.
     */
    static boolean isPersonNameTypedPlace(Mention m, Set<String> lone) {
        if (m.type() != EntityType.LOCATION) return false;
        String[] words = EntityLinker.bare(m.text()).split("\\s+");
        if (words.length < 2 || words.length > 3) return false;
        for (String w : words) if (!Character.isUpperCase(w.codePointAt(0)) || Acronyms.isAcronym(w)) return false;
        return lone.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** A person's age and home town in apposition right before a name: "Callum Reid, 34, of Dundee". */
    private static final Pattern AGE_OF_BEFORE = Pattern.compile(",\\s*\\d{1,3}\\s*,\\s*(?:of|from)\\s+$");
    /** A kind of place and "of" right before a name: "the Black Sea port of Poti", "the town of Bath". */
    private static final Pattern PLACE_KIND_OF_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:port|city|town|village|province"
            + "|region|island|capital|district|county)\\s+of\\s+$");

    /**
     * Whether a name is written as a person's home town, after an age in apposition ("Callum Reid, 34, of Dundee,
     * admitted", "Sokolov, 24, from Kazan, is"), or after a kind of place and "of" ("the port of Poti"): a place,
     * whatever the recogniser typed it. One or two words, so "of Dundee City Council" is left.
     */
    static boolean isHomeTown(String text, Mention m) {
        if (EntityLinker.clean(m.text()).split(" ").length > 2) return false;
        String before = text.substring(Math.max(0, m.start() - 16), m.start());
        return AGE_OF_BEFORE.matcher(before).find() || PLACE_KIND_OF_BEFORE.matcher(before).find();
    }

    /**
     * Whether a lone name word is the first of a full name's two surnames: "Sánchez" of "Pedro Sánchez Pérez-Castejón",
     * "Montero" of "María Jesús Montero Cuadrado". Spanish and Portuguese style name a person by that word, which is
     * neither the full name's last word nor its first.
     */
    static boolean isFirstSurname(String form, String full) {
        List<String> t = EntityLinker.tokens(form);
        if (t.size() != 1) return false;
        List<String> words = new ArrayList<>();
        for (String w : EntityLinker.clean(full).split("\\s+")) {
            List<String> wt = EntityLinker.tokens(w);
            if (!wt.isEmpty()) words.add(String.join(" ", wt));
        }
        return words.size() >= 3 && words.get(words.size() - 2).equals(t.get(0));
    }

    /**
     * Whether two full names of three or more words are one name spelled in two transliterations: every given name
     * word the same and the surnames alike once q, k and g, "dh" and "d", vowels and doubled letters are set aside
     * ("Saif al-Islam Gaddafi", "Saif al-Islam Qaddafi", "Saif al-Islam Kadhafi"). Two words differing in more than
     * that are two names. A name of two words needs its given name the same and {@link #arabicSurnameVariants}.
     */
    static boolean sameTransliteration(List<String> a, List<String> b) {
        if (a.size() == b.size() && a.size() >= 2 && a.subList(1, a.size()).equals(b.subList(1, b.size()))
                && sameRussianGivenName(a.get(0), b.get(0))) return true;
        if (a.size() == 2 && b.size() == 2 && a.get(0).equals(b.get(0))) return arabicSurnameVariants(a.get(1), b.get(1));
        if (a.size() != b.size() || a.size() < 3 || !a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1))) return false;
        String x = skeleton(a.get(a.size() - 1));
        return x.length() >= 3 && x.equals(skeleton(b.get(b.size() - 1)));
    }

    /**
     * Whether two given names are one Russian name in two transliterations of its ending: "Dmitry" / "Dmitri", "Sergey" /
     * "Sergei", "Yevgeny" / "Yevgeni", "Andrey" / "Andrei" (a final -y or -ey against -i or -ei, the stem of four or
     * more letters the same, not ending in a doubled letter). A sports page and a foreign paper spell one player both ways (issue 15, entities8).
     */
    static boolean sameRussianGivenName(String a, String b) {
        if (a.equals(b) || a.length() < 5 || b.length() < 5) return false;
        String x = a.replaceAll("(?:e?y|e?i)$", "");
        String y = b.replaceAll("(?:e?y|e?i)$", "");
        boolean endA = a.endsWith("y") || a.endsWith("i");
        boolean endB = b.endsWith("y") || b.endsWith("i");
        // not a doubled letter before the ending: "Terry" and "Terri", "Kelly" and "Kelli" are two names
        return endA && endB && x.length() >= 4 && x.equals(y) && a.charAt(a.length() - 1) != b.charAt(b.length() - 1)
                && x.charAt(x.length() - 1) != x.charAt(x.length() - 2);
    }

    /**
     * Whether two surnames of a two-word name ("Ali Gaddafi", "Ali Qadhafi") are one Arabic surname in two
     * transliterations: alike once q, k, g and c, "dh" and "d", and doubled letters are set aside, vowels kept, and one
     * of them written with a "q" or a "dh", which English surnames hardly have ("Gray" and "Kray" stay two names).
     */
    static boolean arabicSurnameVariants(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        if (a.equals(b) || !(a.contains("q") || a.contains("dh") || b.contains("q") || b.contains("dh"))) return false;
        String x = consonantsAlike(a);
        return x.length() >= 4 && x.equals(consonantsAlike(b));
    }

    private static String consonantsAlike(String word) {
        return plainSounds(word).replaceAll("(.)\\1+", "$1");
    }

    /** {@code word} in lower case without accents, with the letters transliterations swap ("dh"/"d", q/g/c/k) made one. */
    private static String plainSounds(String word) {
        String s = Accents.fold(word).toLowerCase(Locale.ROOT);
        return s.replace("dh", "d").replace('q', 'k').replace('g', 'k').replace('c', 'k');
    }

    private static String skeleton(String word) {
        String s = plainSounds(word);
        s = s.charAt(0) + s.substring(1).replaceAll("[aeiouy]", "");
        return s.replaceAll("(.)\\1+", "$1");
    }
    /**
     * Step 1b of linking: a two-word person name the article writes in both orders ("Kishida Fumio" / "Fumio Kishida",
     * "Takahashi Yuki" / "Yuki Takahashi") is one person; Japanese and Hungarian names are written family name first
     * and also in English order. Only inside an article: across the library, two names of reversed words may be two
     * people.
     */
    static void joinReversedNames(List<Mention> mentions, Map<String, Integer> formRep, int[] parent) {
        Map<String, Integer> byTokens = new HashMap<>();
        for (int r : formRep.values()) {
            List<String> t = mentions.get(r).type() == EntityType.PERSON ? EntityLinker.tokens(mentions.get(r).text()) : List.of();
            if (t.size() == 2 && !t.get(0).equals(t.get(1))) byTokens.putIfAbsent(t.get(0) + " " + t.get(1), r);
        }
        for (Map.Entry<String, Integer> e : byTokens.entrySet()) {
            String[] w = e.getKey().split(" ");
            Integer other = byTokens.get(w[1] + " " + w[0]);
            if (other != null) EntityLinker.union(parent, e.getValue(), other);
        }
        // a hyphenated given name is one word of the two: "Kim Soo-jin" / "Soo-jin Kim", "Park Min-ho" / "Min-ho Park"
        // (Korean names in both orders; the name tokens split the hyphen, so the two-word test above missed them)
        Map<String, Integer> byWords = new HashMap<>();
        for (int r : formRep.values()) {
            Mention m = mentions.get(r);
            String[] w = EntityLinker.clean(m.text()).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").split("\\s+");
            if (m.type() != EntityType.PERSON || w.length != 2 || w[0].equals(w[1]) || !(w[0] + w[1]).contains("-")
                    || EntityLinker.tokens(m.text()).size() != 3) continue;
            byWords.putIfAbsent(w[0] + " " + w[1], r);
        }
        for (Map.Entry<String, Integer> e : byWords.entrySet()) {
            String[] w = e.getKey().split(" ");
            Integer other = byWords.get(w[1] + " " + w[0]);
            if (other != null) EntityLinker.union(parent, e.getValue(), other);
        }
        // one full name in two transliterations in one article ("Dmitry Sokolov", "Dmitri Sokolov"): one person
        List<Integer> full = new ArrayList<>();
        for (int r : formRep.values()) {
            if (mentions.get(r).type() == EntityType.PERSON && EntityLinker.tokens(mentions.get(r).text()).size() > 1) full.add(r);
        }
        for (int i = 0; i < full.size(); i++) {
            for (int j = i + 1; j < full.size(); j++) {
                List<String> a = EntityLinker.tokens(mentions.get(full.get(i)).text());
                List<String> b = EntityLinker.tokens(mentions.get(full.get(j)).text());
                if (!a.equals(b) && sameTransliteration(a, b)) EntityLinker.union(parent, full.get(i), full.get(j));
            }
        }
    }

    /**
     * Whether a place or organisation mention of two or more words is the last words of exactly one person's longer
     * name in the article: "Ferreira Santos Costa" of "Maria Helena Ferreira Santos Costa" (Portuguese and Spanish
     * names are shortened to their last surnames). Typed an organisation, it was an entity apart, named by that piece.
     */
    static boolean isTailOfPersonName(Mention m, List<Mention> mentions) {
        List<String> t = EntityLinker.tokens(m.text());
        if (t.size() < 2) return false;
        Set<String> fulls = new HashSet<>();
        for (Mention p : mentions) {
            List<String> u = p.type() == EntityType.PERSON ? EntityLinker.tokens(p.text()) : List.of();
            if (u.size() > t.size() && u.subList(u.size() - t.size(), u.size()).equals(t)) fulls.add(String.join(" ", u));
        }
        return fulls.size() == 1;
    }
}
