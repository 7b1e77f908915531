package org.parallax.nlp;

import java.util.List;

import org.parallax.model.Sentence;

/** What the recogniser returns for one article text: its sentences and mentions, both in text order. */
public record Recognition(List<Sentence> sentences, List<RawMention> mentions) {
    public Recognition {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }
}
