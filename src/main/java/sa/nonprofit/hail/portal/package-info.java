/** The public website channel: the Arabic portal pages and the JSON API behind them, safe for anonymous reporters. */
package sa.nonprofit.hail.portal;
