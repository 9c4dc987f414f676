-- A programme's status for one report month (mean achievement of its indicators), if the viewer may see it.
SELECT program, status, capaian, indikator, indikator_dinilai, indikator_kritis, is_demo
FROM score.program_month
WHERE bulan = $bulan AND program = $program AND list_contains($programs, program);
