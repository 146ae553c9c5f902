package pl.lupa.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lupa}: index, serve and search Polish tech news. Exit codes: 0 success, 1 failure
 * (for {@code index}: nothing was committed), 2 bad usage, 3 another index job holds the index.
 */
@Command(
        name = "lupa",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Search engine for Polish tech news.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure (index: nothing committed)",
            "2:bad usage",
            "3:another index job holds the index"
        })
public final class Main implements Runnable {

    static final int FAILED = 1;
    static final int LOCKED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI like a user would; returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        var cli = new CommandLine(new Main());
        cli.addSubcommand(new IndexCommand());
        cli.addSubcommand(new ServeCommand());
        // search's options are built from the one list of search parameters
        cli.addSubcommand("search", SearchCommand.commandLine());
        cli.addSubcommand(new AnalyzeCommand());
        cli.addSubcommand(new ExtractCommand());
        cli.addSubcommand(new CompaniesCommand());
        cli.addSubcommand(new EvalCommand());
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("lupa: " + describe(e));
            return FAILED;
        });
        return cli;
    }

    /**
     * What went wrong, in words: a file-system error's message is often only the path
     * ({@code NoSuchFileException: /x}), so the kind of error is said too.
     */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": "
                    + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"lupa " + (v != null ? v : "(development build)")};
        }
    }
}
