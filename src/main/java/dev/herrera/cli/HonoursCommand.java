package dev.herrera.cli;

import dev.herrera.query.Honours;
import dev.herrera.render.HonourListing;
import picocli.CommandLine.Command;

@Command(name = "honours", description = {
            "His honours: every title his teams won (one per final won, with the final), then his individual "
                    + "honours — awards, rankings and nominations — with who gave them.",
            "",
            "Examples:",
            "",
            "  herrera honours",
            "  herrera honours --team america",
            "  herrera honours --format json",
            ""
        })
final class HonoursCommand extends ListingCommand {
    @Override
    public Integer call() {
        return print(output.render(HonourListing.of(career(),
                Honours.of(career(), team(team.name), window.window()), sources.show)));
    }
}
