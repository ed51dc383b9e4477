-- The per-outlet health rows of the runs in $run_ids (`warta health`).
SELECT * FROM run_outlet_health WHERE list_contains($run_ids, run_id) ORDER BY outlet;
