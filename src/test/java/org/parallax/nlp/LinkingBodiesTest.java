package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A body within an organisation is not the organisation: found on a real page (Mozilla's saved Wikipedia article on New
 * Zealand), where "United Nations" joined "United Nations International Telecommunication Union" and, through the
 * string, every "United Nations" of the library took that name.
 */
class LinkingBodiesTest {
    private final EntityLinker linker = new EntityLinker();


    @Test
    void aBodyNamedAfterItsOrganisationIsABodyOfItsOwn() {
        String text = "United Nations staff left. As of 2017, the United Nations International Telecommunication Union ranks it "
                + "13th. United Nations Security Council members met. United Nations Office on Drugs and Crime figures rose.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "United Nations", EntityType.ORGANIZATION,
                "United Nations International Telecommunication Union", EntityType.ORGANIZATION,
                "United Nations Security Council", EntityType.ORGANIZATION, "United Nations Office on Drugs and Crime",
                EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        for (int body = 1; body <= 3; body++) assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, body), "body " + body);
    }

    @Test
    void aLongerFormThatNamesNoOtherBodyStillJoins() {
        // a club's full name, a company's: the same body written out
        String text = "Manchester United fans cheered. Manchester United Football Club said so. Harvard staff met. "
                + "Harvard University said so.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Manchester United", EntityType.ORGANIZATION,
                "Manchester United Football Club", EntityType.ORGANIZATION, "Harvard", EntityType.ORGANIZATION,
                "Harvard University", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 2), clusterOf(clusters, 3));
    }
}
