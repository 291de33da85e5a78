package dev.herrera.cli;

import dev.herrera.model.Label;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", description = {
            "Print a shell completion script for herrera's commands, options and option values.",
            "The script is picocli's bash completion; zsh runs it through bashcompinit, which the script "
                    + "enables itself. It reads no dataset.",
            "",
            "Examples:",
            "",
            "  source <(herrera completion bash)      in ~/.bashrc",
            "  source <(herrera completion zsh)       in ~/.zshrc",
            ""
        })
final class CompletionCommand extends BaseCommand {
    /** The shells a script is printed for. */
    enum Shell implements Label {
        BASH, ZSH;
    }

    static final class Shells extends LabelCandidates {
        Shells() {
            super(Shell.class);
        }
    }

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class,
            description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        // One script serves both shells: under zsh it loads compinit and bashcompinit before it registers.
        return print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    }
}
