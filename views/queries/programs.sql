-- Programmes with their names (aliases of stable ids), owner and partner OPD.
SELECT id, name_id, name_en, opd, partner_opd, provisional, provisional_note_id, provisional_note_en,
       description_id, description_en, dimension, element
FROM catalog.program
ORDER BY position;
