package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Block;
import org.parallax.model.EntityType;
import org.parallax.text.ClosedClass;

/**
 * Names the user taught the library (hand-made marks, renamed entities) applied after the recogniser, in the manner of
 * a RegexNER gazetteer: each whole-word occurrence outside boilerplate that no recognised mention overlaps becomes a
 * mention of the taught type, longest names first. The recogniser's own mentions always win.
 */
public final class UserGazetteer {
    public static final String TAG = "GAZETTEER";

    private final Map<String, EntityType> names;

    public UserGazetteer(Map<String, EntityType> names) {
        Map<String, EntityType> copy = new LinkedHashMap<>();
        names.forEach((n, t) -> {
            // a hand-made mark of "he" stays the user's, but does not make every "he" a person
            if (n != null && n.strip().length() >= 2 && t != null && t != EntityType.DATE && !ClosedClass.isClosedClass(n)) {
                copy.putIfAbsent(n.strip(), t);
            }
        });
        this.names = copy;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The recognition with the gazetteer's mentions added, in text order. */
    public Recognition apply(String text, List<Block> blocks, Recognition recognition) {
        if (names.isEmpty()) return recognition;
        List<RawMention> all = new ArrayList<>(recognition.mentions());
        List<int[]> taken = new ArrayList<>();
        for (RawMention r : recognition.mentions()) if (r.type() != null) taken.add(new int[] {r.start(), r.end()});
        List<String> byLength = names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : byLength) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                if (!inStory(blocks, m.start())) continue;
                boolean free = true;
                for (int[] t : taken) free &= t[1] <= m.start() || m.end() <= t[0];
                if (!free) continue;
                taken.add(new int[] {m.start(), m.end()});
                all.add(new RawMention(m.start(), m.end(), m.group(), names.get(name), TAG, null, null));
            }
        }
        all.sort(Comparator.comparingInt(RawMention::start).thenComparingInt(RawMention::end));
        return new Recognition(recognition.sentences(), all);
    }

    private static boolean inStory(List<Block> blocks, int offset) {
        if (blocks.isEmpty()) return true;
        return Block.at(blocks, offset).map(b -> !b.type().isBoilerplate()).orElse(false);
    }
}
