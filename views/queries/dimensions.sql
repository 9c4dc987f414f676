-- The six dimensions and their three elements each, in catalog order.
SELECT d.id AS dimension, d.name_id, d.name_en, e.id AS element, e.name_id AS element_id, e.name_en AS element_en
FROM catalog.dimension AS d
JOIN catalog.element AS e ON e.dimension = d.id
ORDER BY d.position, e.position;
