/**
 * Questions asked of the dataset: pure functions over the model ({@code dev.herrera.model}) that
 * select, count and summarise its records and never change them. They are on the path every run
 * takes, so they follow the loops-not-streams rule of {@code dev.herrera} (its package-info).
 */
package dev.herrera.query;
