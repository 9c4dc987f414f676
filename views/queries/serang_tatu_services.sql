-- Serang Tatu services this viewer may see: all of them, or only a partner OPD's own ($partner_opd).
SELECT s.id, s.name_id, s.name_en, s.opd, s.sla_days
FROM catalog.service AS s
WHERE list_contains($programs, 'serang-tatu') AND ($partner_opd IS NULL OR s.opd = $partner_opd)
ORDER BY s.opd, s.id;
