-- The workspace counts each item under its top theme (the one the model is most confident about) and lists a theme's
-- items lowest confidence first: an index on the top theme and its score.
CREATE INDEX insight_items_top_theme_idx ON insight_items ((COALESCE(themes -> 0 ->> 'theme', 'unclassified')), (((themes -> 0 ->> 'score'))::float8));
