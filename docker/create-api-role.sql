-- The API's own login role, as a municipality's DBA creates it: it owns nothing; Aloite's migrations (run as the
-- owner, POSTGRES_USER) grant it the rights on the tables at every start.
CREATE ROLE aloite_api LOGIN PASSWORD 'aloite_api';
