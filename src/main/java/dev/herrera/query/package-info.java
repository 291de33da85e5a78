/**
 * Questions asked of the dataset: pure functions over the model ({@code dev.herrera.model}) that
 * select, count and summarise its records and never change them.
 *
 * <p>Code in this package uses plain loops: no streams, lambdas or method references. Every command
 * runs query code on its start-up path, and each lambda or method reference is linked the first time
 * it runs, a cost the start-up archive does not save. Orderings are written as loops too (a loop that
 * keeps the least or greatest, an insertion into a sorted list) rather than as {@code Comparator}
 * chains built from lambdas.
 *
 * <p>To re-measure, build and run the start-up benchmark:
 * <pre>
 * ./mvnw -q -DskipTests package &amp;&amp; src/bench/startup.sh 20
 * </pre>
 * or compare two builds side by side with {@code java src/bench/Bench.java}.
 */
package dev.herrera.query;
