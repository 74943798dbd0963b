using FsCheck.Xunit;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Queries;

public class MatrixQueriesTests
{
    // Two plans from one generated plan, so the matrix has rows side by side.
    private static PlanGraph TwoPlans(Plan plan) =>
        PlanGraph.Build([plan with { Id = "a" }, plan with { Id = "b", Elements = [.. plan.Elements.Take(plan.Elements.Count / 2)] }]);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool PlansByGoal_CountsEqualCoverageRows(Plan plan) => CountsEqualCoverage(TwoPlans(plan), MatrixAxis.Goals, SdgLevel.Goal);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool PlansByTarget_CountsEqualCoverageRows(Plan plan) => CountsEqualCoverage(TwoPlans(plan), MatrixAxis.Targets, SdgLevel.Target);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool PlansBySdg_EqualsTheMatrixBuiltFromItsCells(Plan plan)
    {
        var graph = TwoPlans(plan);
        return graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets).Equals(FromCells(graph, MatrixAxis.Targets))
            && graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals).Equals(FromCells(graph, MatrixAxis.Goals));
    }

    [Fact]
    public void Count_OutsideTheMatrix_Throws()
    {
        var graph = PlanGraph.Build(Array.Empty<Plan>());
        var matrix = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Count(0, 0));
        Assert.Empty(matrix.Cells);
        Assert.Equal(17, matrix.Columns.Count);
    }

    private static bool CountsEqualCoverage(PlanGraph graph, MatrixAxis columns, SdgLevel by)
    {
        var matrix = graph.CoverageMatrix(MatrixAxis.Plans, columns);
        var coverage = graph.Coverage(by).ToDictionary(r => (r.Plan, r.Sdg.ToString()), r => r.Count);
        for (var r = 0; r < matrix.Rows.Count; r++)
        {
            for (var c = 0; c < matrix.Columns.Count; c++)
            {
                if (matrix.Count(r, c) != coverage[(matrix.Rows[r].Plan, matrix.Columns[c].Key)])
                {
                    return false;
                }
            }
        }

        return matrix.Cells.All(cell => cell.Count == matrix.Count(cell.Row, cell.Column) && cell.Elements.Count == cell.Count);
    }

    // The counted matrix, whose cells come later, against one a user builds from the same cells.
    private static CoverageMatrix FromCells(PlanGraph graph, MatrixAxis columns)
    {
        var counted = graph.CoverageMatrix(MatrixAxis.Plans, columns);
        return new CoverageMatrix { Rows = counted.Rows, Columns = counted.Columns, Cells = [.. counted.Cells] };
    }
}
