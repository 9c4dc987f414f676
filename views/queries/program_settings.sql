-- A programme's settings from data/catalog/settings.yaml (numbers in `value`, words in `text`).
SELECT key, value, text
FROM catalog.setting
WHERE starts_with(key, $prefix) AND list_contains($programs, $program)
ORDER BY key;
