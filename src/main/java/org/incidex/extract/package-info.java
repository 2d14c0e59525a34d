/** Article text to incidents: places (gazetteer), groups, dates, casualties, attack and target types, each value with the sentence it came from. */
package org.incidex.extract;
