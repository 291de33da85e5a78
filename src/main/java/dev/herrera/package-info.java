/**
 * herrera: answers questions about Miguel Herrera's managerial career from a bundled, cited dataset.
 *
 * <p>Data flows one way: a file is read by {@code data} into the records of {@code model}, which
 * check themselves and the dataset's rules; {@code query} asks questions of them; {@code render}
 * turns the answers into text; {@code cli} holds the commands and their wiring; {@code io} writes
 * files. {@code model} uses no other package; {@code data} and {@code query} use {@code model};
 * {@code render} uses those; {@code cli} uses them all and {@code io}; no arrow goes back.
 *
 * <h2>Loops, not streams, on the path every run takes</h2>
 * The code that every listing command runs — the model's checks, the bundled dataset's reader, all of
 * {@code query}, and the listing renderers ({@code render}'s listings and formats) — uses plain loops:
 * no streams, lambdas or method references. Each lambda or method reference is linked the first time
 * it runs, a cost the start-up archive does not save, and a run of {@code herrera stints} is mostly
 * start-up. Orderings there are loops too (keep the least or greatest, insert into a sorted list)
 * rather than {@code Comparator} chains built from lambdas. Code off that path — the timeline, the
 * strict loader's diagnostics, build steps and tests — may use streams where they read better.
 *
 * <p>To re-measure, build and run the start-up benchmark:
 * <pre>
 * ./mvnw -q -DskipTests package &amp;&amp; src/bench/startup.sh 20
 * </pre>
 * or compare two builds side by side with {@code java src/bench/Bench.java}.
 */
package dev.herrera;
