package org.parallax.nlp;

/**
 * A meeting told as an audience, for {@link EventExtractor}'s meeting cue: "Pope Clement XV received in audience the
 * President of Chile", "was received in private audience by the King", "granted an audience to the envoy", "had a
 * private audience with the Pope". Not an audience that listens ("received by an audience of 300", "the audience
 * with its families"): "in audience" must follow a receiving, and "an audience" must be granted or had with someone.
 */
final class Audiences {
    private Audiences() {
    }

    /** The cue, as an alternative of a case-insensitive pattern. */
    static final String CUE = "(received|receives|receive|receiving)\\s+in\\s+(a\\s+)?((private|public|special|general|formal|farewell)\\s+)?audience"
            + "|(granted|grants|grant|granting|gave|gives|give|given)\\s+((him|her|them|us)\\s+)?(a|an)\\s+((private|special|formal|farewell)\\s+)?"
            + "audience\\s+(to|with)\\s+(?=((the|a|an|his|her|their)\\s+)?(\\p{L}+\\s+)?(?-i:\\p{Lu}))"
            + "|(had|has|have|having|held|holds|hold|holding|sought|seeks|seek)\\s+(a|an)\\s+((private|special|formal|farewell)\\s+)?"
            + "audience\\s+with\\s+(?=((the|a|an|his|her|their)\\s+)?(\\p{L}+\\s+)?(?-i:\\p{Lu}))";
}
