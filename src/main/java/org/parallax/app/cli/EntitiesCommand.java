package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parallax.app.AppContext;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.store.EntityRepository;
import org.parallax.store.MentionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code entities [ID]}: the library's entities (or one) with their aliases and mentions. Exit 1 for an unknown id. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List entities (people, organisations, places) with their mentions; bylines and captions are marked.")
public final class EntitiesCommand extends LibraryCommand {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "Show only this entity.")
    Long id;

    @Override
    protected int run(AppContext ctx) {
        PrintWriter out = out();
        EntityRepository entities = ctx.entities();
        MentionRepository mentions = ctx.mentions();
        List<Entity> chosen;
        if (id != null) {
            Entity e = entities.get(id).orElse(null);
            if (e == null) {
                err().println("There is no entity " + id + ". Run `parallax entities` to list them.");
                return 1;
            }
            chosen = List.of(e);
        } else {
            chosen = entities.list();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : chosen) {
            List<Mention> ms = mentions.acceptedForEntity(e.id());
            if (json()) {
                Map<String, Object> row = NlpViews.entity(e, ms);
                // issue 19: the last hand edit and the save version, after the fields older scripts read
                row.put("changedBy", e.changedBy());
                row.put("changedAt", e.changedAt() == null ? null : e.changedAt().toString());
                row.put("version", e.version());
                rows.add(row);
                continue;
            }
            out.printf("%d  %s  %s  (%d %s)%n", e.id(), e.type(), e.name(), ms.size(), ms.size() == 1 ? "mention" : "mentions");
            if (!e.otherNames().isEmpty()) out.println("    also: " + String.join("; ", e.otherNames()));
            if (!e.roles().isEmpty()) out.println("    roles: " + String.join(", ", e.roles()));
            for (Mention m : ms) out.println("  " + NlpViews.mentionLine(m));
        }
        if (json()) printJson(id != null ? rows.get(0) : rows);
        else if (chosen.isEmpty()) out.println("No entities yet. Run `parallax nlp --wait` to recognise them.");
        out.flush();
        return 0;
    }
}
