using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HarAcademy.Auth.Data.Migrations
{
    /// <inheritdoc />
    public partial class RefreshTokenRotationConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
