/** Service quality and governance figures from the engine's history: deadlines, channels, satisfaction, load. */
package sa.nonprofit.hail.kpi;
