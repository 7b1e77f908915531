package org.parallax.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.text.Accents;
import org.parallax.text.ClosedClass;

/**
 * Links one article's name mentions into entities, and those to entities already known from other articles.
 * Inside an article, forms match when they normalise to the same key ("State Department" = "US Department of State"),
 * when one is the only expansion of the other's acronym ("USAID", also "Long Name (ACRO)"), or for persons when one is
 * a shorter form of exactly one longer name ("Landberg" = "Christopher A. Landberg"). Across articles a cluster that
 * has a full name joins only a known entity with that full name; short forms alone (a bare surname, an acronym) join a
 * known entity only when it is the library's one candidate, so "Blair" never makes Cherie and Tony one person. Stateless.
 */
public final class EntityLinker {
    /** One entity of the article: the known entity it joins (null for a new one), its name, forms and mentions. */
    public record Cluster(Long entityId, EntityType type, String name, Set<String> aliases, List<Integer> members) {
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "cllr", "councillor", "gen",
            "general", "president", "minister", "counselor", "counsellor", "ambassador", "secretary", "senator", "sen",
            "rep", "lt", "col", "maj", "capt", "chief", "prime", "foreign", "acting", "coordinator", "jr", "sr", "jnr", "snr",
            // titles of rank: "Lord Ashworth-Bell" is "Ashworth-Bell", "Sheikh Khalid" a given name after a title
            "lord", "lady", "sheikh", "prince", "princess", "governor", "gov",
            // clergy: "Archbishop Ashcroft" is Ashcroft ("Bishop" is a surname too: Julie Bishop)
            "archbishop", "cardinal", "reverend", "rev",
            // courtesy titles of other languages: "Herr Brandt" is Brandt, "Señora Ortega" Ortega (PersonCues.FOREIGN_TITLES)
            "herr", "frau", "señor", "señora", "señorita", "senor", "senora", "monsieur", "madame", "mademoiselle", "mme",
            "signor", "signora", "signorina", "mevrouw", "meneer");
    /**
     * South Asian honorifics before a given name and a surname: "Sardar Imtiaz Khosa" is Imtiaz Khosa, "Begum Naseem
     * Akhtar" Naseem Akhtar. Only at a name's start: each is a surname too ("Ziauddin Sardar", "Rokeya Begum", "Meera
     * Chaudhry"), so they are no HONORIFICS.
     */
    static final Set<String> SOUTH_ASIAN_TITLES = Set.of("sardar", "begum", "mian", "chaudhry", "chaudhary");
    /** Words of a generation that end a name: "Thomas Reilly III", "Walter Pennock Senior" (written out, as "Jr." is not). */
    private static final Set<String> GENERATION_NUMERALS = Set.of("ii", "iii", "iv", "senior", "junior");
    /** A word of initials: "W.", "G.W.", "J.K", or a lone letter. */
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}?|\\p{L}");
    private static final String[] COUNTRY_PREFIXES = {"united states of america ", "united states ", "us ", "usa ", "american "};
    private static final Map<String, String> PLACE_SYNONYMS = Map.of(
            "us", "united states", "usa", "united states", "united states of america", "united states",
            "america", "united states", "uk", "united kingdom", "britain", "united kingdom",
            "great britain", "united kingdom");

    /**
     * Groups {@code mentions} (offsets into {@code text}) into clusters and attaches each to a {@code known} entity
     * when one matches. Dates and MISC-less types are left out; {@code members} index {@code mentions}, which are
     * accepted ones only (which those are is {@code MentionRepository.accepted}'s rule, not this class's).
     */
    public List<Cluster> link(String text, List<Mention> mentions, List<Entity> known) {
        Known index = new Known();
        for (Entity e : known) index.put(e);
        return link(text, mentions, index);
    }

    /**
     * As {@link #link(String, List, List)} with the known entities in an index kept between articles, so linking one
     * article costs the same however many entities the library knows. Clustering compares distinct forms of a name,
     * not every pair of mentions, so an article with many repeated names links in near-linear time.
     */
    public List<Cluster> link(String text, List<Mention> given, Known known) {
        List<Mention> mentions = personCued(text, given);
        // each step is a method of its own: the JIT then compiles each small loop once, where one long method had C2
        // compile all of it again for each loop it entered hot (on-stack replacement; performance.md, stop 29)
        int n = mentions.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        List<Integer> linkable = new ArrayList<>();
        // one representative mention per distinct (type, text): mentions of one form share a key, so step 1 joins them
        Map<String, Integer> formRep = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.DATE && !key(m.type(), m.text()).isEmpty() && !ClosedClass.isClosedClass(m.text())
                    && !Acronyms.isCommonNounAcronym(text, m.text())) {
                linkable.add(i);
                formRep.putIfAbsent(m.type() + "|" + m.text(), i);
            }
        }
        joinSameKey(text, mentions, linkable, parent);
        PersonCues.joinReversedNames(mentions, formRep, parent);
        Acronyms.joinWrittenOut(text, mentions, linkable, parent);
        Acronyms.joinBracketedNames(text, mentions, linkable, parent);
        Acronyms.joinForms(this, mentions, parent, formRep);
        Acronyms.joinTranslated(mentions, parent, formRep);
        Acronyms.joinReordered(mentions, parent, formRep);
        attachShortForms(text, mentions, linkable, parent, formRep);
        OneNamePeople.join(text, mentions, linkable, parent); // "Ms Wulandari" beside "Wulandari", who has one name
        joinDeclaredAliases(text, mentions, linkable, parent);
        PersonInitials.join(mentions, linkable, parent);
        PeerTitles.join(text, mentions, linkable, parent);
        Renames.joinRenamed(text, mentions, linkable, parent);
        PersonCues.joinQuotedNicknames(text, mentions, linkable, parent);
        EntityNames.joinTitleAppositions(text, mentions, linkable, parent);
        OrganisationHeads.join(text, mentions, parent, formRep);
        EntityNames.clubFullNames(text, mentions, EntityNames.clubsNamedByPlace(text, given)).forEach((club, full) -> union(parent, club, full));
        joinAcrossTypes(text, mentions, parent, formRep);
        TypeCues.joinAirports(text, mentions, linkable, parent);
        return clusters(text, mentions, linkable, parent, known);
    }

    /** Right after a name: an age in apposition, "Dallas, 61, called it", "Smith, 42." */
    private static final Pattern AGE_AFTER = Pattern.compile("^,\\s*\\d{1,3}\\s*[,.;]");

    /**
     * The mentions with each place or organisation the text marks as a person typed a person: a gendered title
     * ("Ms Morgan", "Mr Dell") or an age in apposition ("Dallas, 61,"). Only those mentions: the article's other
     * "Dell" stays the company. Left as typed, "Dallas, 61" was the city of another article and "Mr Dell" the company.
     */
    private static List<Mention> personCued(String text, List<Mention> mentions) {
        List<Mention> out = null;
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            List<String> t = m.type() == EntityType.PERSON ? tokens(m.text()) : List.of();
            if (t.size() > 1) surnames.add(t.get(t.size() - 1));
        }
        List<String[]> vessels = EntityNames.vessels(text);
        Map<String, String> things = NamedLikePeople.things(text, mentions);
        Set<String> lone = PersonCues.lonePersonWords(text, mentions);
        Set<Integer> clubs = EntityNames.clubsNamedByPlace(text, mentions);
        Set<String> teams = TeamNames.of(text, mentions);
        Set<String> towns = NameRuns.townsTypedPeople(text, mentions);
        Map<Integer, String> authors = Citations.authorNames(text, mentions);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (authors.containsKey(i)) {
                if (out == null) out = new ArrayList<>(mentions);
                out.set(i, Citations.asAuthor(m, authors.get(i)));
                continue;
            }
            Mention whole = m.type() == EntityType.DATE ? null : EntityNames.wholeName(text, m, vessels, mentions);
            if (whole == null) whole = NamedLikePeople.thing(text, m, mentions, things); // "the ferry Princess Anne"
            if (whole == null) whole = HyphenTails.whole(text, m, mentions);
            if (whole == null) whole = NameRuns.withGivenNameBefore(text, m, mentions);
            if (whole == null && m.type() != EntityType.DATE) whole = NameRuns.acrossParticle(text, m, mentions);
            if (whole == null && m.type() != EntityType.DATE) whole = EntityNames.organisationNamedByPlace(text, m, mentions);
            if (whole == null) whole = CoupleNames.withSharedSurname(text, m, mentions);
            if (whole == null) whole = ListedNames.surnameFirst(text, m, mentions);
            if (whole == null) whole = CaseNames.caseOrStorm(text, m, mentions);
            if (whole == null) whole = OfficeNames.whole(text, m);
            if (whole == null) whole = TypeCues.namedThing(text, m, mentions);
            if (whole != null) {
                if (out == null) out = new ArrayList<>(mentions);
                out.set(i, whole);
                continue;
            }
            EntityType typeCue = TypeCues.retype(text, m, mentions);
            EntityType retyped = clubs.contains(i) || m.type() == EntityType.PERSON && teams.contains(bare(m.text())
                    .toLowerCase(Locale.ROOT)) ? EntityType.ORGANIZATION : typeCue != null ? typeCue
                    : m.type() != EntityType.PERSON && (PersonInitials.personOf(mentions, m) >= 0 || PeerTitles.holderOf(text, mentions, m) >= 0)
                    ? EntityType.PERSON
                    : m.type() == EntityType.LOCATION || m.end() > text.length() ? null
                    : PersonCues.isHomeTown(text, m) || m.type() == EntityType.PERSON && towns.contains(bare(m.text())
                    .toLowerCase(Locale.ROOT)) ? EntityType.LOCATION
                    : m.type() == EntityType.PERSON && PersonCues.isCompanyCued(text, mentions, m, surnames) ? EntityType.ORGANIZATION
                    : NameRuns.isPlaceTypedOrganisation(text, m, mentions) ? EntityType.LOCATION : null;
            if (retyped != null) {
                if (out == null) out = new ArrayList<>(mentions);
                out.set(i, EntityNames.copy(m, m.text(), retyped));
                continue;
            }
            if (m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION || Acronyms.isAcronym(m.text().strip())
                    || clean(m.text()).split(" ").length > 3 || m.end() > text.length()) continue;
            boolean cued = PersonCues.titleGender(text, m) != '-' || AGE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find()
                    || PersonCues.isNamedPersonByVerb(text, mentions, m, lone) || PersonCues.isPersonNameTypedPlace(m, lone)
                    || PersonCues.isTailOfPersonName(m, mentions) || RoleAppositions.isPerson(text, m);
            if (!cued) continue;
            if (out == null) out = new ArrayList<>(mentions);
            out.set(i, EntityNames.copy(m, m.text(), EntityType.PERSON));
        }
        return HeadlineTypes.asBody(text, out == null ? mentions : out); // a headline's "Wulandari" is the body's person
    }

    /** Step 1: mentions whose forms share a key. */
    private static void joinSameKey(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        // a key's forms may still differ in a person's initials ("George W. Bush", "George H.W. Bush"): each key holds
        // groups whose forms all agree, and a form joins the first such group
        Map<String, List<List<Integer>>> byKey = new LinkedHashMap<>();
        Map<Integer, String> placeQualifier = PlaceQualifiers.twoPlaceQualifiers(text, mentions, linkable);
        PlaceQualifiers.stateOrCapital(text, mentions, linkable).forEach(placeQualifier::putIfAbsent);
        // surnames of two or more full names here ("Marcus Hale", "Rachel Hale"): their bare forms are keyed by gender
        Map<String, Set<String>> fullByLast = new HashMap<>();
        Set<String> juniors = NameGenerations.juniorKeys(text, mentions, linkable); // "Marcus Hale Jr." beside his father "Marcus Hale"
        for (int i : linkable) {
            Mention m = mentions.get(i);
            List<String> t = tokens(m.text());
            if (m.type() == EntityType.PERSON && t.size() > 1) fullByLast.computeIfAbsent(t.get(t.size() - 1), k -> new HashSet<>()).add(String.join(" ", t));
        }
        for (int i : linkable) {
            Mention m = mentions.get(i);
            // "Mr Blair" and "Mrs Blair" in one article are two people: a title's gender is part of a surname's key
            // ... and so is "the elder" / "the younger" before a bare surname (two people: attachShortForms finds each)
            // ... and, when two full names share the surname, any other mark of gender ("Hale said she": PersonCues)
            boolean shortPerson = m.type() == EntityType.PERSON && isShortForm(EntityType.PERSON, m.text());
            List<String> mt = tokens(m.text());
            boolean namesakes = shortPerson && !mt.isEmpty() && fullByLast.getOrDefault(mt.get(mt.size() - 1), Set.of()).size() > 1;
            char gender = namesakes ? PersonCues.mentionGender(text, mentions, m) : PersonCues.titleGender(text, m);
            // ... and, then, a title of office ("Judge Pemberton" beside the defendant's bare "Pemberton")
            // "Robert Kellerman Jr." and "whose father Robert Kellerman" share a key: marks of two generations part them
            int gen = m.type() == EntityType.PERSON ? NameGenerations.generation(text, m, juniors) : 0;
            // ... and a bare surname's own suffix is its generation word: "Fenwick Jnr" is "the younger Fenwick", not a headline's "Fenwick"
            // (only a suffix: "Their son Dev, 14" is the "Dev" of "Asha and Dev", a kin word before a lone name marks no generation of it)
            String genWord = shortPerson && PersonCues.suffixGeneration(m) != 0 && PersonCues.generationWord(text, m).isEmpty()
                    ? gen > 0 ? "younger" : "elder" : PersonCues.generationWord(text, m);
            String title = shortPerson ? "|" + gender + genWord + (namesakes ? PersonCues.roleTitle(text, m) : "") : placeQualifier.getOrDefault(i, "");
            List<List<Integer>> groups = byKey.computeIfAbsent(m.type() + "|" + key(m.type(), m.text()) + title, k -> new ArrayList<>());
            List<Integer> home = null;
            for (List<Integer> g : groups) {
                if (m.type() != EntityType.PERSON || g.stream().allMatch(j -> initialsAgree(mentions.get(j).text(), m.text())
                        && (gen == 0 || NameGenerations.generation(text, mentions.get(j), juniors) != -gen))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            } else {
                union(parent, home.get(0), i);
            }
            if (home.stream().noneMatch(j -> mentions.get(j).text().equals(m.text()))) home.add(i);
        }
    }

    /**
     * Step 5: a lone surname typed as a person with no full name in the article to fit, when the article has that word
     * as one place or organisation ("Jordan's film commission" beside "in Jordan"), is that place or organisation. Left
     * apart it became a short-only person that the next article's "Ray Jordan" took in. (The converse, an organisation
     * word that is a person's surname, is not joined: a company named after its founder beside him is common, and
     * joining them added conflations on ECB+.)
     */
    private void joinAcrossTypes(String text, List<Mention> mentions, int[] parent, Map<String, Integer> formRep) {
        Set<String> surnames = new LinkedHashSet<>();
        Map<String, Map<EntityType, Integer>> oneWordByType = new HashMap<>();
        for (int r : formRep.values()) {
            Mention m = mentions.get(r);
            if (m.type() == EntityType.PERSON && !isShortForm(EntityType.PERSON, m.text())) {
                List<String> t = tokens(m.text());
                surnames.add(t.get(t.size() - 1));
            }
            String[] words = clean(m.text()).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").split("\\s+");
            if (words.length == 1) {
                oneWordByType.computeIfAbsent(words[0].replaceAll("[^\\p{L}]", ""), k -> new LinkedHashMap<>()).putIfAbsent(m.type(), r);
            }
        }
        for (Map.Entry<String, Map<EntityType, Integer>> e : oneWordByType.entrySet()) {
            Map<EntityType, Integer> byType = e.getValue();
            if (surnames.contains(e.getKey()) && byType.containsKey(EntityType.PERSON) && byType.containsKey(EntityType.ORGANIZATION)
                    && !PersonCues.inLongerOrganisation(mentions, formRep, e.getKey()) && !PersonCues.talksOfACompany(text)) {
                // "Ford, 88, plays" beside "Harrison Ford": the article's other bare "Ford" typed a company, with no
                // longer company name of that word ("Ford Motor") there and no talk of a company, is the person too.
                // Left a company, it joined the carmaker of another article (issue 15, entities7). A story that speaks
                // of a company keeps it ("Michael Dell, the company's founder" beside "Dell paid the bank")
                union(parent, byType.get(EntityType.ORGANIZATION), byType.get(EntityType.PERSON));
                continue;
            }
            if (surnames.contains(e.getKey()) || !byType.containsKey(EntityType.PERSON)) continue;
            List<Integer> others = byType.entrySet().stream().filter(x -> x.getKey() != EntityType.PERSON).map(Map.Entry::getValue).toList();
            if (others.size() == 1) {
                // ... not a lone word a club already took ("Halbury, who were promoted" beside "Halbury Town"): ClubHeads
                if (ClubHeads.takenByClub(mentions, parent, byType.get(EntityType.PERSON))) continue;
                union(parent, others.get(0), byType.get(EntityType.PERSON));
            } else if (others.isEmpty()) {
                // "Dunmore's manager" beside "Dunmore Athletic", "Hartwell" beside "Hartwell Town": the first word of
                // the article's one organisation of that word is that organisation, not a person of another article
                Set<Integer> orgs = new LinkedHashSet<>();
                for (int r : formRep.values()) {
                    Mention m = mentions.get(r);
                    String[] words = clean(m.text()).toLowerCase(Locale.ROOT).split("\\s+");
                    // ... or the last of two ("Tennant's suppliers" beside the store chain Alice Tennant)
                    if (m.type() == EntityType.ORGANIZATION && words.length > 1 && (words[0].replaceAll("[^\\p{L}]", "").equals(e.getKey())
                            || words.length == 2 && words[1].replaceAll("[’']s$", "").replaceAll("[^\\p{L}]", "").equals(e.getKey()))) {
                        orgs.add(find(parent, r));
                    }
                }
                if (orgs.size() == 1) union(parent, orgs.iterator().next(), byType.get(EntityType.PERSON));
            }
        }
    }

    /** Right before a quoted alias: "better known as \"Jordan\"", "nicknamed 'Dutch'"; unquoted after "calls", "nicknamed". */
    private static final Pattern ALIAS_QUOTED = Pattern.compile("(?i)(?:known as|nicknamed|dubbed|calls|called)\\s*[\"“‘']$");
    private static final Pattern ALIAS_BARE = Pattern.compile("(?i)(?:nicknamed|calls)\\s+$");
    /**
     * Right before an unquoted alias typed a person: "known across Brazil as Quinzinho", "better known as", "whose real
     * name is Kwabena Mensah"; not a role ("best known for his role as Malcolm Tucker", ECB+).
     */
    private static final Pattern ALIAS_PERSON = Pattern.compile("(?i)(?:(?:^|[^\\p{L}])(?:known|dubbed)"
            + "(?:\\s+(?:across|in|throughout|around|to|among)(?:\\s+\\p{L}+){1,2})?\\s+as|real name is|real name)\\s+$");

    /**
     * Step 4b: an alias the article gives a person ("Kerry Ashby, better known as \"Jordan\"", "the striker everyone
     * calls JK") is that person wherever the article uses it, whatever type the recogniser gave each mention. Left
     * apart, a nickname that is also a place joined that place across the library.
     */
    private static void joinDeclaredAliases(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        for (int a : linkable) {
            Mention alias = mentions.get(a);
            String before = text.substring(Math.max(0, alias.start() - 20), alias.start());
            boolean personAlias = alias.type() == EntityType.PERSON
                    && ALIAS_PERSON.matcher(text.substring(Math.max(0, alias.start() - 40), alias.start())).find();
            personAlias |= alias.type() == EntityType.PERSON && PenNames.isPenName(text, alias);
            if (!ALIAS_QUOTED.matcher(before).find() && !ALIAS_BARE.matcher(before).find() && !personAlias) continue;
            // the person: the nearest full name before it in the same sentence
            Integer person = null;
            for (int p : linkable) {
                Mention m = mentions.get(p);
                if (m.type() != EntityType.PERSON || m.end() > alias.start() || isShortForm(EntityType.PERSON, m.text())
                        || aliasKey(m.text()).equals(aliasKey(alias.text()))) continue;
                String between = text.substring(m.end(), alias.start());
                if (between.matches("(?s).*[.!?]\\s.*") || between.length() > 80) continue;
                if (person == null || m.start() > mentions.get(person).start()) person = p;
            }
            if (person == null && personAlias) person = PenNames.personAfter(text, mentions, linkable, alias);
            if (person == null) continue;
            String k = aliasKey(alias.text());
            for (int o : linkable) {
                if (aliasKey(mentions.get(o).text()).equals(k)) union(parent, person, o);
            }
        }
    }

    /** A place's or organisation's one word that is a word of a longer form of the same cluster. */
    private static boolean isHeadOfLonger(EntityType type, String form, Set<String> forms) {
        if (type == EntityType.PERSON || Acronyms.isAcronym(form.strip())) return false;
        String w = key(type, form);
        if (w.isEmpty() || w.contains(" ")) return false;
        for (String o : forms) {
            String k = key(type, o);
            if (k.contains(" ") && Arrays.asList(k.split(" ")).contains(w)) return true;
        }
        return false;
    }

    static String aliasKey(String form) {
        return clean(form).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
    }

    /** A group's type: a person's if it has a person's full name, else the first that is not a lone person word. */
    private static EntityType groupType(List<Mention> mentions, List<Integer> members) {
        EntityType first = mentions.get(members.get(0)).type();
        EntityType other = null;
        for (int i : members) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.PERSON && !isShortForm(EntityType.PERSON, m.text())) return EntityType.PERSON;
            if (other == null && m.type() != EntityType.PERSON) other = m.type();
        }
        return other != null ? other : first;
    }

    /** The groups as clusters, each attached to the known entity it matches, if any. */
    private List<Cluster> clusters(String text, List<Mention> mentions, List<Integer> linkable, int[] parent, Known known) {
        Map<Integer, Mention> placeAt = PlaceQualifiers.placesByStart(mentions);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i : linkable) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        List<Cluster> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            EntityType type = groupType(mentions, members);
            Set<String> forms = new LinkedHashSet<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i : members) {
                forms.add(clean(mentions.get(i).text()));
                counts.merge(clean(mentions.get(i).text()), 1, Integer::sum);
            }
            // "Commission" beside "European Commission" names it only in this article: another article's "Gambling
            // Commission" and its "the Commission" are another body
            Set<String> longer = new LinkedHashSet<>(forms);
            if (type != EntityType.PERSON) for (int i : members) longer.addAll(Acronyms.expansions(text, mentions.get(i)));
            Set<String> matchForms = new LinkedHashSet<>();
            for (String f : forms) if (!isHeadOfLonger(type, f, longer)) matchForms.add(f);
            if (type != EntityType.PERSON && matchForms.stream().allMatch(f -> Acronyms.isAcronym(f))) {
                // "The European Commission (EC)" where the recogniser missed the long name: the acronym is that name, so
                // it joins only an entity of that name, never another article's "EC" for the Electoral Commission
                for (int i : members) {
                    String expansion = Acronyms.writtenExpansion(text, mentions.get(i));
                    if (expansion == null) continue;
                    matchForms.add(expansion);
                    forms.add(expansion); // an alias, so a later article's "Electoral Commission (EC)" does not take it as its EC
                }
            }
            Set<Entity> candidates = new LinkedHashSet<>();
            for (String f : matchForms) {
                for (String signal : signals(type, f)) candidates.addAll(known.withSignal(signal));
            }
            Set<String> qualified = type == EntityType.LOCATION ? PlaceQualifiers.ofMembers(text, mentions, members, placeAt) : Set.of();
            if (type == EntityType.LOCATION) candidates.removeIf(e -> !PlaceQualifiers.sameQualifier(qualified, e));
            // "Police", "Woman", "Suspect" of another article is someone else, and no one's full name (GenericNames)
            candidates.removeIf(e -> GenericNames.onlyGeneric(names(e)));
            // "IE8" is not "IE9" nor the bare "Internet Explorer" of another article (ProductVersions)
            candidates.removeIf(e -> ProductVersions.differ(type, matchForms, names(e)));
            // Judge Owen Hart is not Owen Hart the striker of another story: roles of other kinds only (RoleMarks)
            Set<String> roles = type == EntityType.PERSON ? RoleMarks.roles(text, mentions, members) : Set.of();
            candidates.removeIf(e -> RoleMarks.conflict(roles, RoleMarks.ofAliases(e.aliases())));
            Set<Integer> ages = type == EntityType.PERSON ? AgeMarks.of(text, mentions, members) : Set.of(); // "Barker, 24," is not "Barker, 61,"
            candidates.removeIf(e -> AgeMarks.conflict(ages, AgeMarks.ofAliases(e.aliases())));
            if (type == EntityType.PERSON && Namesakes.declared(text, mentions, members)) candidates.clear(); // "no relation of"
            // Romania's Social Democratic Party is not Portugal's of another story (CountryMarks)
            Set<String> places = type == EntityType.ORGANIZATION ? CountryMarks.of(text, mentions, members) : Set.of();
            candidates.removeIf(e -> CountryMarks.conflict(places, CountryMarks.ofAliases(e.aliases())));
            Entity match = GenericNames.onlyGeneric(matchForms) ? null : bestKnown(type, matchForms, candidates);
            forms.addAll(qualified);
            if (match != null) {
                Set<String> all = new LinkedHashSet<>(names(match));
                all.addAll(forms);
                all.removeIf(EntityNames::isQualifiedPlace);
                // a proposal: the caller names the entity from all its mentions' counts (displayName)
                String name = match.nameLocked() ? match.name() : displayName(type, once(all));
                out.add(new Cluster(match.id(), type, name, withMarks(forms, name, roles, places, ages), members));
            } else {
                String name = displayName(type, counts);
                out.add(new Cluster(null, type, name, withMarks(forms, name, roles, places, ages), members));
            }
        }
        return out;
    }

    /** A cluster's forms and, for each role, place or age its article gives it, the alias mark that keeps it (RoleMarks, CountryMarks, AgeMarks). */
    private static Set<String> withMarks(Set<String> forms, String name, Set<String> roles, Set<String> places, Set<Integer> ages) {
        if (roles.isEmpty() && places.isEmpty() && ages.isEmpty()) return forms;
        Set<String> out = new LinkedHashSet<>(forms);
        for (String r : roles) out.add(RoleMarks.mark(name, r));
        for (String p : places) out.add(CountryMarks.mark(name, p));
        for (int a : ages) out.add(AgeMarks.mark(name, a));
        return out;
    }

    /**
     * Persons named by a shorter form ("Landberg", "Wajid Ali") join the one longer form they fit, if unique. Forms
     * that fit share the shorter one's last or first name word, so only those are compared.
     */
    private void attachShortForms(String article, List<Mention> mentions, List<Integer> linkable, int[] parent, Map<String, Integer> formRep) {
        List<Integer> persons = linkable.stream().filter(i -> mentions.get(i).type() == EntityType.PERSON)
                .sorted(Comparator.comparingInt(i -> tokens(mentions.get(i).text()).size())).toList();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int r : formRep.values()) {
            if (mentions.get(r).type() != EntityType.PERSON) continue;
            List<String> t = tokens(mentions.get(r).text());
            byWord.computeIfAbsent("last|" + t.get(t.size() - 1), k -> new ArrayList<>()).add(r);
            byWord.computeIfAbsent("first|" + t.get(0), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Integer>> longerForms = new HashMap<>();
        for (int i : persons) {
            String text = mentions.get(i).text();
            List<Integer> fits = longerForms.computeIfAbsent(text, f -> {
                List<String> t = tokens(f);
                Set<Integer> seen = new LinkedHashSet<>(byWord.getOrDefault("last|" + t.get(t.size() - 1), List.of()));
                seen.addAll(byWord.getOrDefault("first|" + t.get(0), List.of()));
                List<Integer> ok = new ArrayList<>();
                for (int j : seen) {
                    String other = mentions.get(j).text();
                    int s = strength(EntityType.PERSON, f, other);
                    // a full name written with initials ("J.K. Ferris") has no more name words than its bare surname
                    boolean longer = tokens(other).size() > t.size()
                            || tokens(other).size() == t.size() && initials(other).explicit() && !initials(f).explicit();
                    if ((s == 1 || s == 3 && tokens(other).size() == t.size()) && longer) ok.add(j);
                }
                // "Davies" beside "Olivia Hart-Davies" and "Gareth Davies": a surname written whole is the one it is,
                // not the half of a hyphenated one (issue 15, entities7: "Davies" had joined Hart-Davies, the first)
                List<Integer> whole = ok.stream().filter(j -> !isHyphenHalf(f, mentions.get(j).text())).toList();
                return whole.isEmpty() ? ok : whole;
            });
            // every mention of a form is in its form's group (same key), so one representative stands for them all
            Set<Integer> targets = new LinkedHashSet<>();
            for (int j : fits) targets.add(find(parent, j));
            Integer given = GivenNameStyle.amongTargets(mentions, persons, parent, i, targets);
            if (given != null) targets = Set.of(given); // "Alemu" beside "Tesfaye Alemu", "Tesfaye" and "Alemu Bekele"
            if (targets.isEmpty()) targets = givenNameTargets(article, mentions, byWord, parent, i);
            if (targets.isEmpty()) {
                // "Sánchez" beside "Pedro Sánchez Pérez-Castejón": the first of two surnames, when one full name has it
                Set<Integer> firsts = new LinkedHashSet<>();
                for (int j : persons) if (PersonCues.isFirstSurname(text, mentions.get(j).text())) firsts.add(find(parent, j));
                if (firsts.size() == 1) targets = firsts;
            }
            if (targets.isEmpty()) targets = NameRuns.innerRunTargets(mentions, persons, parent, i);
            if (targets.size() == 1) {
                union(parent, targets.iterator().next(), i);
            } else if (targets.size() > 1) {
                // two people of one surname in one article ("Tony Blair and his wife Cherie Blair"): news style names the
                // first one introduced by the bare surname and keeps the full name for the other. Left alone, the bare
                // form became an entity of its own that a later article's namesake took in (issue 15: Kate Bush)
                // ... unless a title says otherwise: "Mrs Blair" is not the one an article's "Mr Blair" already is
                // ... nor, by the same token, the one the article marks as a man or a woman otherwise: "His wife, Meena
                // Patel", "Raj Patel, 58, said he", "Hale said she" (issue 15: "Mrs Patel" had joined her husband)
                char g = PersonCues.mentionGender(article, mentions, mentions.get(i));
                Set<Integer> taken = new LinkedHashSet<>();
                if (g != '-') {
                    for (int j : persons) {
                        char h = PersonCues.mentionGender(article, mentions, mentions.get(j));
                        if (h != '-' && h != g) taken.add(find(parent, j));
                    }
                }
                // ... and a couple written with one surname ("Tom and Sarah Whitlock") with no mark of which is which: neither
                if (g != '-' && CoupleNames.unmarkedCouple(article, mentions, persons, parent, fits)) continue;
                List<Integer> open = fits.stream().filter(j -> !taken.contains(find(parent, j))).toList();
                // "Judge Pemberton" beside "Tom Pemberton" and "Judge Alice Pemberton": the one of the same title of office
                String role = PersonCues.roleTitle(article, mentions.get(i));
                Set<Integer> sameRole = new LinkedHashSet<>();
                for (int j : role.isEmpty() ? List.<Integer>of() : open) {
                    if (role.equals(PersonCues.roleTitle(article, mentions.get(j)))) sameRole.add(find(parent, j));
                }
                if (sameRole.size() == 1) {
                    union(parent, sameRole.iterator().next(), i);
                    continue;
                }
                Integer kin = PersonCues.byGeneration(article, mentions, persons, parent, i, open);
                if (kin != null) {
                    union(parent, find(parent, kin), i);
                    continue;
                }
                PersonCues.withoutKeptTitles(article, mentions, i, open).stream().min(Comparator.comparingInt(j -> mentions.get(j).start()))
                        .ifPresent(first -> union(parent, find(parent, first), i));
            }
        }
    }

    /** Whether a shorter person form's last word is only the second half of the longer form's hyphenated surname. */
    private static boolean isHyphenHalf(String shorter, String longer) {
        String[] words = bare(longer).split("\\s+");
        String last = words[words.length - 1];
        List<String> t = tokens(shorter);
        return last.contains("-") && !t.isEmpty() && !bare(shorter).endsWith(last);
    }

    /**
     * The group a lone name word joins when it is no surname in the article but the first word of exactly one person's
     * longer name there: a name written surname first ("Xi Jinping" / "Xi", "Kim Jong Un" / "Mr Kim", "Abe Kenji" /
     * "Abe") or a given name after a title of rank ("Dame Helen Kirkwood" / "Dame Helen", "Sheikh Khalid"). None when
     * the word is also another person's surname or first word there. Left apart, the bare word was an entity of its own
     * that the next article's namesake ("Kim Min-seo") could take in. Without a title, not when the article also uses
     * the word as a place or organisation ("Chelsea Marlowe" beside "grew up in Chelsea").
     */
    private static Set<Integer> givenNameTargets(String article, List<Mention> mentions, Map<String, List<Integer>> byWord,
            int[] parent, int i) {
        String form = mentions.get(i).text();
        List<String> t = tokens(form);
        Set<Integer> out = new LinkedHashSet<>();
        if (t.size() != 1 || byWord.containsKey("last|" + t.get(0)) && byWord.get("last|" + t.get(0)).stream()
                .anyMatch(j -> tokens(mentions.get(j).text()).size() > 1)) return out;
        boolean titled = tokens(form).size() < clean(form).split("\\s+").length || PersonCues.titleGender(article, mentions.get(i)) != '-'
                || RANK_BEFORE.matcher(article.substring(Math.max(0, mentions.get(i).start() - 12), mentions.get(i).start())).find();
        if (!titled && usedAsPlace(article, mentions, t.get(0))) return out;
        // ... but not the first half of a hyphenated surname: "Lord Smith" is no given name of "Mr Smith-Jones"
        Pattern halfOf = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(t.get(0)) + "-\\p{L}");
        for (int j : byWord.getOrDefault("first|" + t.get(0), List.of())) {
            String other = mentions.get(j).text();
            if (tokens(other).size() > 1 && initialsAgree(form, other) && !halfOf.matcher(clean(other)).find()) out.add(find(parent, j));
        }
        // "Li", "Mr Li" and "Ms Li" beside "Li Wei" and "Li Na": a surname written first, of two people
        if (out.size() > 1) return SurnameFirstNamesakes.pick(article, mentions, parent, i, out, t.get(0));
        return out.size() == 1 ? out : new LinkedHashSet<>();
    }

    /** A title right before a name: "President Xi", "Sheikh Khalid", "Dame Helen". */
    private static final Pattern RANK_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(president|premier|chairman|leader|sir|dame|lord|lady|sheikh|prince|princess|king|queen|mr|mrs|ms|dr)\\.?\\s+$");
    /** A word after a place preposition, or before ", where": how an article writes a place. */
    private static final String PLACE_BEFORE = "(?i)(?:^|[^\\p{L}])(?:in|to|from|at|near|into|across|around)\\s+$";

    /** Whether the article has the word as a place or organisation mention, or writes it as a place. */
    private static boolean usedAsPlace(String article, List<Mention> mentions, String word) {
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON && aliasKey(m.text()).equals(word)) return true;
        }
        Matcher w = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(article);
        Pattern before = Pattern.compile(PLACE_BEFORE);
        while (w.find()) {
            if (before.matcher(article.substring(Math.max(0, w.start() - 10), w.start())).find()) return true;
            if (article.startsWith(", where", w.end())) return true;
        }
        return false;
    }

    /**
     * The known entities by every signal that could make a form match one of their names, so a cluster is compared
     * with few. Each signal's entities stay in the order {@code EntityRepository.list} gives (type, name ignoring ASCII
     * case, id), which decides between equally good matches. Kept up to date with {@link #put} and {@link #remove}
     * between articles; not thread-safe.
     */
    public static final class Known {
        private static final Comparator<Entity> ORDER = Comparator.comparing((Entity e) -> e.type().name())
                .thenComparing(Entity::name, Known::compareNoCase).thenComparingLong(Entity::id);
        private final Map<String, List<Entity>> bySignal = new HashMap<>();
        private final Map<Long, Entity> byId = new HashMap<>();
        private final Map<Long, Set<String>> signalsOf = new HashMap<>();

        /** Adds an entity, replacing the one with its id. */
        public void put(Entity e) {
            remove(e.id());
            Set<String> all = names(e);
            Set<String> sigs = new LinkedHashSet<>();
            for (String a : all) sigs.addAll(signals(e.type(), a));
            for (String s : sigs) {
                List<Entity> list = bySignal.computeIfAbsent(s, k -> new ArrayList<>());
                int at = Collections.binarySearch(list, e, ORDER);
                list.add(at < 0 ? -at - 1 : at, e);
            }
            byId.put(e.id(), e);
            signalsOf.put(e.id(), sigs);
        }

        /** Forgets an entity (deleted, or about to be replaced). */
        public void remove(long id) {
            Entity old = byId.remove(id);
            if (old == null) return;
            for (String s : signalsOf.remove(id)) {
                List<Entity> list = bySignal.get(s);
                list.removeIf(x -> x.id() == id);
                if (list.isEmpty()) bySignal.remove(s);
            }
        }

        public void clear() {
            bySignal.clear();
            byId.clear();
            signalsOf.clear();
        }

        public int size() {
            return byId.size();
        }

        public boolean contains(long id) {
            return byId.containsKey(id);
        }

        /** The entity with this id as last put, or null. */
        public Entity get(long id) {
            return byId.get(id);
        }

        List<Entity> withSignal(String signal) {
            return bySignal.getOrDefault(signal, List.of());
        }

        /** SQLite's NOCASE: ASCII letters folded, then code point order (which is UTF-8 byte order). */
        static int compareNoCase(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int ca = a.codePointAt(i);
                int cb = b.codePointAt(j);
                if (ca >= 'A' && ca <= 'Z') ca += 32;
                if (cb >= 'A' && cb <= 'Z') cb += 32;
                if (ca != cb) return Integer.compare(ca, cb);
                i += Character.charCount(ca);
                j += Character.charCount(cb);
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }
    }

    /** Same key, acronyms a form is or stands for, and for persons each name word: any match shares one of these. */
    private static Set<String> signals(EntityType type, String form) {
        Set<String> out = new LinkedHashSet<>();
        String k = key(type, form);
        if (k.isEmpty()) return out;
        out.add(type + "|k|" + k);
        if (type == EntityType.PERSON) {
            for (String t : tokens(form)) out.add(type + "|t|" + t);
        } else {
            if (Acronyms.isAcronym(form.strip())) out.add(type + "|a|" + form.strip().replace(".", "").replace("&", ""));
            for (String a : Acronyms.acronyms(form)) out.add(type + "|a|" + a);
        }
        return out;
    }

    /**
     * The forms an entity goes by that are names: its name and aliases without closed-class words run on at an edge
     * ("Howard - he" is "Howard") and without those made only of them ("he"), which an older pipeline stored.
     */
    public static Set<String> names(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : e.aliases()) {
            if (RoleMarks.isMark(a)) continue; // "Owen Hart (striker)" keeps a role, it is no name
            String n = ClosedClass.nameForm(a);
            if (n != null && !n.isEmpty()) out.add(n);
        }
        String n = ClosedClass.nameForm(e.name());
        if (n != null && !n.isEmpty()) out.add(n);
        return out;
    }

    /** Whether a name or alias is a name as it stands: {@link #names} keeps it unchanged. */
    public static boolean isCleanName(String form) {
        String n = ClosedClass.nameForm(form);
        return n != null && n.equals(form.strip());
    }

    /**
     * The known entity a cluster joins, or null. With a full name the cluster joins an entity that has that full name
     * (same key, else the one entity whose full name it shortens or extends), else the one entity known only by short
     * forms that fits; with short forms only it joins the library's one candidate, else the one short-only entity of
     * that very form (where earlier ambiguous mentions of it went), else none.
     */
    private Entity bestKnown(EntityType type, Set<String> forms, Collection<Entity> known) {
        // a surname of several words beside its full name ("Van den Berg" of "Joris van den Berg") is a short form: only
        // the full name says who this is (entities16: it had matched another article's Anouk van den Berg)
        List<String> full = forms.stream().filter(f -> !isShortForm(type, f)
                && !(type == EntityType.PERSON && EntityNames.particleSurnameOfLonger(f, forms))).toList();
        List<String> shortForms = forms.stream().filter(f -> !full.contains(f)).toList();
        Set<Entity> fits = new LinkedHashSet<>();
        Set<Entity> sameShort = new LinkedHashSet<>();
        if (!full.isEmpty()) {
            Set<Entity> partial = new LinkedHashSet<>();
            for (Entity e : known) {
                if (e.type() != type) continue;
                Set<String> names = names(e);
                List<String> theirFull = names.stream().filter(a -> !isShortForm(type, a) && !(type == EntityType.PERSON
                        && EntityNames.particleSurnameOfLonger(a, names))).toList();
                if (theirFull.isEmpty()) {
                    if (anyStrength(type, forms, names, 1)) fits.add(e);
                    continue;
                }
                if (anyStrength(type, full, theirFull, 3)) return e;
                if (anyStrength(type, full, theirFull, 1)) partial.add(e);
            }
            if (partial.size() == 1) return partial.iterator().next();
            return partial.isEmpty() && fits.size() == 1 ? fits.iterator().next() : null;
        }
        for (Entity e : known) {
            if (e.type() != type) continue;
            Set<String> names = names(e);
            if (!anyStrength(type, shortForms, names, 1)) continue;
            fits.add(e);
            if (names.stream().allMatch(a -> isShortForm(type, a)) && anyStrength(type, shortForms, names, 3)) sameShort.add(e);
        }
        if (fits.size() == 1) return fits.iterator().next();
        return sameShort.size() == 1 ? sameShort.iterator().next() : null;
    }

    private boolean anyStrength(EntityType type, Collection<String> as, Collection<String> bs, int atLeast) {
        for (String a : as) {
            for (String b : bs) {
                if (strength(type, a, b) >= atLeast) return true;
            }
        }
        return false;
    }

    /**
     * Whether a form names its entity only in context: a person's single name word ("Blair", "Mr Bush") or an
     * acronym ("EC", also a dateline's "WASHINGTON"). Such a form links across articles only to a sole candidate.
     */
    public static boolean isShortForm(EntityType type, String form) {
        if (type == EntityType.PERSON) return tokens(form).size() <= 1 && !initials(form).explicit();
        return Acronyms.isAcronym(form.strip());
    }

    /** The name to show for an entity whose mentions have these forms and counts: see {@link EntityNames#displayName}. */
    public static String displayName(EntityType type, Map<String, Integer> formCounts) {
        return EntityNames.displayName(type, formCounts);
    }

    private static Map<String, Integer> once(Collection<String> forms) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String f : forms) out.put(f, 1);
        return out;
    }

    /**
     * How strongly two forms of a name match: 3 same key, 2 acronym of the other, 1 a shorter person form
     * (surname, or first names as a prefix), 0 not at all.
     */
    public int strength(EntityType type, String a, String b) {
        String ka = key(type, a);
        String kb = key(type, b);
        if (ka.isEmpty() || kb.isEmpty()) return 0;
        if (type == EntityType.PERSON && !initialsAgree(a, b)) return 0;
        if (ka.equals(kb)) return 3;
        if (type == EntityType.ORGANIZATION || type == EntityType.MISC || type == EntityType.LOCATION) {
            if (Acronyms.isAcronym(a.strip()) && Acronyms.acronyms(b).contains(a.strip().replace(".", "").replace("&", ""))) return 2;
            if (Acronyms.isAcronym(b.strip()) && Acronyms.acronyms(a).contains(b.strip().replace(".", "").replace("&", ""))) return 2;
            return 0;
        }
        if (type == EntityType.PERSON) {
            List<String> ta = tokens(a);
            List<String> tb = tokens(b);
            List<String> shorter = ta.size() <= tb.size() ? ta : tb;
            List<String> longer = ta.size() <= tb.size() ? tb : ta;
            if (shorter.size() == longer.size()) return PersonCues.sameTransliteration(ta, tb) ? 3 : 0;
            if (shorter.size() == 1 && shorter.get(0).equals(longer.get(longer.size() - 1))) return 1;
            if (shorter.size() >= 2 && longer.subList(0, shorter.size()).equals(shorter)) return 1;
            if (shorter.size() >= 2 && shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))
                    && longer.containsAll(shorter)) return 1;
        }
        return 0;
    }

    /** The normalised form two mentions of one entity share: case, dots, "the", initials and US prefixes dropped. */
    public static String key(EntityType type, String text) {
        return FormMemo.get(FormMemo.KEYS, type.ordinal() + "|" + text, f -> computeKey(type, text));
    }

    private static String computeKey(EntityType type, String text) {
        String s = Accents.fold(clean(text)).toLowerCase(Locale.ROOT).replace(".", "").replaceAll("[’']s$", "");
        s = s.replaceAll("[^\\p{L}\\p{N}& ]", " ").replaceAll("\\s+", " ").strip();
        if (s.startsWith("the ")) s = s.substring(4);
        switch (type) {
            case PERSON -> {
                return String.join(" ", tokens(text));
            }
            case ORGANIZATION -> {
                for (String p : COUNTRY_PREFIXES) {
                    if (s.startsWith(p) && s.length() > p.length()) {
                        s = s.substring(p.length());
                        break;
                    }
                }
                // "Department of State" and "State Department" are one name
                s = s.replaceAll("^(department|ministry|office|bureau) of (\\p{L}+(?: \\p{L}+)?)$", "$2 $1");
                return s;
            }
            case LOCATION -> {
                return PlaceNames.english(PLACE_SYNONYMS.getOrDefault(s, s));
            }
            default -> {
                return s;
            }
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    static String clean(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }

    /** The cleaned form of a mention's text without a closing possessive ("Marren's" to "Marren"). */
    static String bare(String text) {
        return POSSESSIVE_END.matcher(clean(text)).replaceAll("");
    }

    /** A person's name words, lower case, without honorifics, initials and possessive. */
    static List<String> tokens(String text) {
        return FormMemo.get(FormMemo.TOKENS, text, f -> List.copyOf(computeTokens(f)));
    }

    private static List<String> computeTokens(String text) {
        // "Jose Antunez" is "José Antúnez" with the accents dropped, as one article writes him
        String s = Accents.fold(clean(text)).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
        List<String> out = new ArrayList<>();
        // "the Prince of Wales" keeps its title word: it is not the Princess of Wales
        Matcher royal = EntityNames.TITLE_OF_PLACE.matcher(s);
        if (royal.matches()) {
            for (String t : (royal.group(1) + " of " + royal.group(2)).split("[\\s\\-]+")) {
                if (!t.replaceAll("[^\\p{L}]", "").isEmpty()) out.add(t.replaceAll("[^\\p{L}]", ""));
            }
            return out;
        }
        for (String t : s.split("[\\s\\-]+")) {
            String w = t.replaceAll("[^\\p{L}]", "");
            // initials run together ("G.W.", "J.K.") are initials too, compared by initialsAgree, not as a name word
            if (w.length() <= 1 || HONORIFICS.contains(w) || INITIALS.matcher(t).matches()) continue;
            out.add(w);
        }
        if (out.size() > 2 && SOUTH_ASIAN_TITLES.contains(out.get(0))) out.remove(0);
        out = NameHonorifics.words(out, s); // "Ato Dawit" is Dawit, "Pak Joko" Joko, "Alhaji Musa Danjuma" Musa Danjuma
        // "Thomas Reilly III" is Reilly: a generational numeral ends a name, as "Jr." does (an honorific above)
        if (out.size() > 1 && GENERATION_NUMERALS.contains(out.get(out.size() - 1))) out.remove(out.size() - 1);
        return out;
    }

    /** The initials of a person's given names, and whether the form writes any as initials ("G.W." or "W."). */
    record Initials(String letters, String named, boolean explicit) {
    }

    /**
     * The first letters of a person form's given names, initials spelled out letter by letter: "George H.W. Bush" is
     * GHW and written with initials, "George Bush" is G and not. Honorifics and the surname (last word) do not count.
     */
    static Initials initials(String form) {
        return FormMemo.get(FormMemo.INITIALS, form, EntityLinker::computeInitials);
    }

    private static Initials computeInitials(String form) {
        String[] words = bare(form).split("\\s+");
        List<String> given = new ArrayList<>();
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty() && !HONORIFICS.contains(letters.toLowerCase(Locale.ROOT))) given.add(w);
        }
        StringBuilder sb = new StringBuilder();
        StringBuilder named = new StringBuilder();
        boolean explicit = false;
        for (String w : given.subList(0, Math.max(0, given.size() - 1))) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (INITIALS.matcher(w.replaceAll("[^\\p{L}.]", "")).matches()) {
                sb.append(letters.toUpperCase(Locale.ROOT));
                explicit = true;
            } else {
                sb.append(Character.toUpperCase(letters.charAt(0)));
                named.append(Character.toUpperCase(letters.charAt(0)));
            }
        }
        return new Initials(sb.toString(), named.toString(), explicit);
    }

    /**
     * Whether two person forms can name one person by their initials: forms that both write initials must have the
     * same ones ("George W. Bush" is not "George H.W. Bush", his father), and a form without initials must start the
     * other's initials or its written-out given names ("George Bush" fits "G.W. Bush", "Mark Felt" fits "W. Mark Felt",
     * "Laura Bush" fits neither). Forms without given names always agree.
     */
    static boolean initialsAgree(String a, String b) {
        Initials ia = initials(a);
        Initials ib = initials(b);
        if (ia.letters().isEmpty() || ib.letters().isEmpty()) return true;
        if (ia.explicit() && ib.explicit()) return ia.letters().equals(ib.letters());
        if (ia.explicit()) return ia.letters().startsWith(ib.letters()) || ia.named().startsWith(ib.letters());
        if (ib.explicit()) return ib.letters().startsWith(ia.letters()) || ib.named().startsWith(ia.letters());
        return true;
    }

    /** The most complete form: see {@link EntityNames#canonical}. */
    public static String canonical(Iterable<String> forms) {
        return EntityNames.canonical(forms);
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
