-- Each dimension's index over the `$months` report months up to and including `$bulan` (sparklines).
SELECT dimension, bulan, indeks
FROM score.dimension_month
WHERE bulan <= $bulan
  AND bulan > strftime(strptime($bulan, '%Y-%m') - to_months($months::INTEGER), '%Y-%m')
ORDER BY dimension, bulan;
