package dev.herrera.cli;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The bundled dataset, read on a second thread while picocli builds the command model on the first.
 * Both take tens of milliseconds at start-up and the machine has a core to spare. The result, or the
 * failure, is the one {@link CareerLoader#loadBundled()} gives on the calling thread.
 */
final class Preload {
    private final FutureTask<Career> task;

    private Preload(Callable<Career> load) {
        task = new FutureTask<>(load);
    }

    /** Starts reading on a daemon thread: a run that ends without the dataset does not wait for it. */
    static Preload start(Callable<Career> load) {
        Preload preload = new Preload(load);
        Thread thread = new Thread(preload.task, "herrera-preload");
        thread.setDaemon(true);
        thread.start();
        return preload;
    }

    /** Starts reading the bundled dataset. */
    static Preload bundled() {
        return start(new Bundled());
    }

    /** The dataset, once read; a failure to read it is thrown here, as it was thrown there. */
    Career career() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A class rather than a method reference: the start-up archive holds it, and nothing is linked at run time. */
    private static final class Bundled implements Callable<Career> {
        @Override
        public Career call() {
            return new CareerLoader().loadBundled();
        }
    }
}
