/** Staff groups, users, Camunda authorizations, Tasklist filters and the HTTP security of every endpoint. */
package sa.nonprofit.hail.identity;
