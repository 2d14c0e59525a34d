/**
 * Place names to places: an offline gazetteer of cities, first-level regions and countries (with demonyms), loaded
 * once from compact classpath resources built by {@code scripts/build_gazetteer.py} from GeoNames (CC BY 4.0) and
 * world-countries (ODbL). Entry point: {@link org.incidex.extract.gazetteer.Gazetteer#shared()}.
 */
package org.incidex.extract.gazetteer;
