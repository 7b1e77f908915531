package org.parallax.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.parallax.annotation.Annotations;
import org.parallax.app.AppContext;
import org.parallax.model.Entity;

/** {@code merge KEEP OTHER}: merges entity OTHER into KEEP (mentions, aliases, event roles). Exit 1 if unknown or of another type. */
@Command(name = "merge", description = "Merge the second entity into the first; the first keeps its name.")
final class MergeCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ENTITY_ID", description = "The entity to keep.")
    private long keep;

    @Parameters(index = "1", paramLabel = "ENTITY_ID", description = "The entity merged into it and removed.")
    private long other;

    @Override
    protected int run(AppContext ctx) {
        Annotations svc = ctx.annotations();
        try {
            svc.marks().merge(keep, other);
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        }
        Entity e = svc.entities().get(keep).orElseThrow();
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("type", e.type().name());
            m.put("name", e.name());
            m.put("aliases", e.aliases());
            m.put("merged", other);
            printJson(m);
        } else {
            out().println("Merged entity " + other + " into " + e.id() + " " + e.name() + " (also: " + String.join("; ", e.otherNames()) + ")");
        }
        return Cli.OK;
    }
}
