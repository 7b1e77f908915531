package org.parallax.nlp;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parallax.model.EventKind;

/**
 * A place told again by a common noun, for {@link EventExtractor}: "Last month the prisons minister visited the jail",
 * "Ashworth last came to the town in September 2029", "Okafor last visited the estate in March 2031". With no place of
 * its own in the sentence, the visit is where the article's last placed visit or meeting was: a reader knows which jail
 * or town is meant. Not "visited a school" (another one), nor a noun with a name of its own after it; the nouns
 * {@link PlaceNouns} matches to a place of that kind named before ("the island", "the plant") are its own.
 */
final class DefinitePlaces {
    private DefinitePlaces() {
    }

    private static final Pattern BACK = Pattern.compile("\\b(visit(s|ed|ing)?|(came|comes|come|coming)\\s+(back\\s+)?to"
            + "|tour(s|ed|ing)?|return(s|ed|ing)?\\s+to)\\s+the\\s+(town|city|estate|jail|prison|hospital|hospice|school"
            + "|site|ward|campus|district|county|region)\\b(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);

    /** Fills an empty {@code where} with the places of the last placed event in {@code out}, when the sentence names its place by a noun. */
    static void fromLast(String sentenceText, List<EventCandidate> out, Map<Long, String> where) {
        if (!where.isEmpty() || !BACK.matcher(sentenceText).find()) return;
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            if (e.kind() == EventKind.STATEMENT || e.whereIds().isEmpty()) continue;
            for (int j = 0; j < e.whereIds().size(); j++) where.put(e.whereIds().get(j), e.where().get(j));
            return;
        }
    }
}
