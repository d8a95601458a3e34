using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 竞争对手分析 — what we know about one of the customer's current suppliers (ACC-10), and the weaknesses we can turn
/// into our advantages. Recording a supplier again replaces its analysis.
/// </summary>
/// <param name="Supplier">The supplier's name; compared without regard to case.</param>
/// <param name="Price">Its price level (价格).</param>
/// <param name="Quality">Its quality (质量).</param>
/// <param name="Service">Its service (服务).</param>
/// <param name="LeadTime">Its lead time (供货期).</param>
/// <param name="PaymentTerms">Its payment terms (付款条件).</param>
/// <param name="IndustryInfluence">Its influence in the industry (行业影响力).</param>
/// <param name="Reputation">Its reputation with the customer (在客户中的口碑).</param>
/// <param name="Weaknesses">Its weaknesses we can turn into advantages (不足), at least one.</param>
public sealed record CompetitorAnalysis(
    string Supplier,
    string Price,
    string Quality,
    string Service,
    string LeadTime,
    string PaymentTerms,
    string IndustryInfluence,
    string Reputation,
    IReadOnlyList<string> Weaknesses)
{
    /// <inheritdoc />
    public bool Equals(CompetitorAnalysis? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
